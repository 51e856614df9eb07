package dev.keel.api.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.Eventually;
import dev.keel.api.support.KeelApiTest;
import dev.keel.workflows.platform.ReconcileReport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionResult;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReconcilerScheduleIT extends KeelApiTest {
    @Autowired
    WorkflowClient client;

    @Test
    void theReconcilerScheduleExistsAndItsWorkflowsComplete() throws Exception {
        ScheduleHandle handle = ScheduleClient.newInstance(client.getWorkflowServiceStubs(),
                ScheduleClientOptions.newBuilder().setNamespace(client.getOptions().getNamespace()).build())
                .getHandle("keel-reconciler");
        ScheduleDescription description = handle.describe();
        assertThat(description.getSchedule().getSpec().getIntervals())
                .anyMatch(interval -> interval.getEvery().equals(Duration.ofSeconds(3)));
        ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) description.getSchedule().getAction();
        assertThat(action.getWorkflowType()).isEqualTo("ReconcilerWorkflow");
        assertThat(action.getOptions().getTaskQueue()).isEqualTo("keel-platform");

        Eventually.within(Duration.ofSeconds(30), "the schedule started a pass",
                () -> !handle.describe().getInfo().getRecentActions().isEmpty());
        List<ScheduleActionResult> recent = handle.describe().getInfo().getRecentActions();
        ScheduleActionExecutionStartWorkflow started =
                (ScheduleActionExecutionStartWorkflow) recent.get(0).getAction();
        ReconcileReport report = client.newUntypedWorkflowStub(started.getWorkflowId(),
                Optional.of(started.getFirstExecutionRunId()), Optional.empty()).getResult(60, TimeUnit.SECONDS, ReconcileReport.class);
        assertThat(report.checked()).isGreaterThanOrEqualTo(report.closed());
    }
}
