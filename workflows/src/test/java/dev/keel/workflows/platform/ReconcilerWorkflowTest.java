package dev.keel.workflows.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReconcilerWorkflowTest {
    static final String ID = "keel-reconciler";

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ReconcilerWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private static ReconcilerWorkflow stub(WorkflowClient client, Worker worker) {
        return client.newWorkflowStub(ReconcilerWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(ID).setTaskQueue(worker.getTaskQueue()).build());
    }

    private static ReconcilerActivities activities() {
        return mock(ReconcilerActivities.class, withSettings().withoutAnnotations());
    }

    @Test
    void checksOnePassOfOpenRunsAndSaysWhatItClosed(TestWorkflowEnvironment env, WorkflowClient client,
                                                    Worker worker) throws Exception {
        ReconcilerActivities activities = activities();
        when(activities.reconcileOpenRuns(anyInt())).thenReturn(new ReconcileReport(12, 2, 1));
        worker.registerActivitiesImplementations(activities);
        env.start();

        ReconcileReport report = stub(client, worker).reconcile();

        assertThat(report).isEqualTo(new ReconcileReport(12, 2, 1));
        verify(activities).reconcileOpenRuns(ReconcilerWorkflowImpl.RUNS_PER_PASS);
        var history = client.fetchHistory(ID);
        var scheduled = history.getEvents().stream().filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
                .findFirst().orElseThrow();
        assertThat(DefaultDataConverter.STANDARD_INSTANCE.fromPayload(scheduled.getUserMetadata().getSummary(),
                String.class, String.class)).isEqualTo("check up to 500 open runs against Temporal");
        String record = System.getProperty("keel.recordHistory");
        if (record != null) {
            Files.writeString(Path.of(record), history.toJson(true));
        }
    }

    @Test
    void failsAfterTwoAttemptsSoTheNextScheduledPassTakesOver(TestWorkflowEnvironment env, WorkflowClient client,
                                                              Worker worker) {
        ReconcilerActivities activities = activities();
        when(activities.reconcileOpenRuns(anyInt())).thenThrow(new IllegalStateException("database down"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        ReconcilerWorkflow workflow = stub(client, worker);
        assertThatThrownBy(workflow::reconcile).isInstanceOf(WorkflowFailedException.class);
        verify(activities, times(2)).reconcileOpenRuns(anyInt());
        assertThat(WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId()).isEqualTo(ID);
    }
}
