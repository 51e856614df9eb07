package dev.keel.workflows.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.keel.temporal.FailureType;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowIds;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileEmbeddingBatchWorkflowTest {
    static final String ID = WorkflowIds.profileEmbeddingBatch(3, 10, 12);
    static final ProfileEmbeddingBatchInput INPUT = new ProfileEmbeddingBatchInput(3,
            List.of(new ProfileRef("candidate", 12), new ProfileRef("job", 7), new ProfileRef("candidate", 13)));

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ProfileEmbeddingBatchWorkflowImpl.class)
            .registerSearchAttribute("KeelOrgId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelKind", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .setDoNotStart(true)
            .build();

    private static ProfileEmbeddingBatchWorkflow stub(WorkflowClient client, Worker worker) {
        return client.newWorkflowStub(ProfileEmbeddingBatchWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(ID)
                .setTaskQueue(worker.getTaskQueue())
                .setTypedSearchAttributes(KeelSearchAttributes.of(3, "recruiting-embedding"))
                .build());
    }

    private static EmbeddingBatchActivities activities() {
        return mock(EmbeddingBatchActivities.class, withSettings().withoutAnnotations());
    }

    @Test
    void embedsTheBatchAndMarksTheRunCompleted(TestWorkflowEnvironment env, WorkflowClient client, Worker worker)
            throws Exception {
        EmbeddingBatchActivities activities = activities();
        when(activities.embedProfiles(any())).thenReturn(new ProfileEmbeddingBatchResult(2, 0, 1, 0, "m"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        ProfileEmbeddingBatchResult result = stub(client, worker).embed(INPUT);

        assertThat(result.embedded()).isEqualTo(2);
        verify(activities).embedProfiles(INPUT);
        verify(activities).recordOutcome(new EmbeddingBatchOutcome(ID, EmbeddingBatchOutcome.COMPLETED));
        String record = System.getProperty("keel.recordHistory");
        if (record != null) {
            Files.writeString(Path.of(record), client.fetchHistory(ID).toJson(true));
        }
    }

    @Test
    void retriesTransientModelFailures(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        EmbeddingBatchActivities activities = activities();
        when(activities.embedProfiles(any()))
                .thenThrow(new IllegalStateException("model busy"))
                .thenReturn(new ProfileEmbeddingBatchResult(3, 0, 0, 0, "m"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        assertThat(stub(client, worker).embed(INPUT).embedded()).isEqualTo(3);
        verify(activities, times(2)).embedProfiles(any());
    }

    @Test
    void givesUpAfterCappedRetriesAndMarksTheRunFailed(TestWorkflowEnvironment env, WorkflowClient client,
                                                       Worker worker) {
        EmbeddingBatchActivities activities = activities();
        when(activities.embedProfiles(any())).thenThrow(new IllegalStateException("database down"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        assertThatThrownBy(() -> stub(client, worker).embed(INPUT)).isInstanceOf(WorkflowFailedException.class);
        verify(activities, times(8)).embedProfiles(any());
        verify(activities).recordOutcome(new EmbeddingBatchOutcome(ID, EmbeddingBatchOutcome.FAILED));
    }

    @Test
    void doesNotRetryNonRetryableFailures(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        EmbeddingBatchActivities activities = activities();
        when(activities.embedProfiles(any())).thenThrow(
                ApplicationFailure.newNonRetryableFailure("Unknown profile kind x", FailureType.VALIDATION.type()));
        worker.registerActivitiesImplementations(activities);
        env.start();

        assertThatThrownBy(() -> stub(client, worker).embed(INPUT)).isInstanceOf(WorkflowFailedException.class);
        verify(activities, times(1)).embedProfiles(any());
        verify(activities).recordOutcome(new EmbeddingBatchOutcome(ID, EmbeddingBatchOutcome.FAILED));
    }

    @Test
    void namesBatchesByOrgAndOutboxIds() {
        assertThat(ID).isEqualTo("recruiting-embedding-batch-3-10-12");
    }
}
