package dev.keel.workflows.studio.schedules;

import dev.keel.temporal.ActivityProfiles;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.studio.runs.BenchmarkRunInput;
import dev.keel.workflows.studio.runs.BenchmarkRunWorkflow;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ScheduledBenchmarkWorkflowImpl implements ScheduledBenchmarkWorkflow {
    private final ScheduleActivities activities =
            Workflow.newActivityStub(ScheduleActivities.class, ActivityProfiles.shortIo());

    @Override
    public void run(ScheduledBenchmarkInput input) {
        String runId = activities.createRun(input, Workflow.getInfo().getWorkflowId());
        if (runId == null) {
            return;
        }
        BenchmarkRunWorkflow benchmark = Workflow.newChildWorkflowStub(BenchmarkRunWorkflow.class,
                ChildWorkflowOptions.newBuilder()
                        .setWorkflowId(WorkflowKind.STUDIO_BENCHMARK.idPrefix() + runId)
                        .setTaskQueue(WorkflowKind.STUDIO_BENCHMARK.taskQueue())
                        .setTypedSearchAttributes(KeelSearchAttributes.of(input.orgId(), WorkflowKind.STUDIO_BENCHMARK))
                        .setWorkflowExecutionTimeout(Duration.ofHours(12))
                        .build());
        benchmark.run(new BenchmarkRunInput(runId, input.orgId()));
        activities.checkRegressions(input.scheduleId(), runId);
    }
}
