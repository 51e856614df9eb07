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
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileEmbeddingWorkflowTest {
    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ProfileEmbeddingWorkflowImpl.class)
            .registerSearchAttribute("KeelOrgId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelKind", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .setDoNotStart(true)
            .build();

    private static ProfileEmbeddingWorkflow stub(WorkflowClient client, Worker worker) {
        return client.newWorkflowStub(ProfileEmbeddingWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.profileEmbedding("candidate", 12))
                .setTaskQueue(worker.getTaskQueue())
                .setTypedSearchAttributes(KeelSearchAttributes.of(3, "recruiting-embedding"))
                .build());
    }

    @Test
    void embedsThroughTheActivity(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) throws Exception {
        EmbeddingActivities activities = mock(EmbeddingActivities.class, withSettings().withoutAnnotations());
        when(activities.embedProfile(any())).thenReturn(
                new ProfileEmbeddingResult(ProfileEmbeddingResult.EMBEDDED, "all-minilm-l6-v2"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        ProfileEmbeddingResult result = stub(client, worker).embed(new ProfileEmbeddingInput(3, "candidate", 12));

        assertThat(result.outcome()).isEqualTo(ProfileEmbeddingResult.EMBEDDED);
        verify(activities).embedProfile(new ProfileEmbeddingInput(3, "candidate", 12));
        String record = System.getProperty("keel.recordHistory");
        if (record != null) {
            Files.writeString(Path.of(record), client.fetchHistory(WorkflowIds.profileEmbedding("candidate", 12)).toJson(true));
        }
    }

    @Test
    void retriesTransientFailuresOfTheModel(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        EmbeddingActivities activities = mock(EmbeddingActivities.class, withSettings().withoutAnnotations());
        when(activities.embedProfile(any()))
                .thenThrow(new IllegalStateException("model busy"))
                .thenReturn(new ProfileEmbeddingResult(ProfileEmbeddingResult.EMBEDDED, "all-minilm-l6-v2"));
        worker.registerActivitiesImplementations(activities);
        env.start();

        assertThat(stub(client, worker).embed(new ProfileEmbeddingInput(3, "candidate", 12)).outcome())
                .isEqualTo(ProfileEmbeddingResult.EMBEDDED);
        verify(activities, times(2)).embedProfile(any());
    }

    @Test
    void failsAtOnceOnNonRetryableValidation(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        EmbeddingActivities activities = mock(EmbeddingActivities.class, withSettings().withoutAnnotations());
        when(activities.embedProfile(any())).thenThrow(
                ApplicationFailure.newNonRetryableFailure("Unknown profile kind x", FailureType.VALIDATION.type()));
        worker.registerActivitiesImplementations(activities);
        env.start();

        assertThatThrownBy(() -> stub(client, worker).embed(new ProfileEmbeddingInput(3, "x", 12)))
                .isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(ActivityFailure.class);
        verify(activities, times(1)).embedProfile(any());
    }

    @Test
    void usesTheMatchingTaskQueueName() {
        assertThat(TaskQueues.MATCHING).isEqualTo("keel-matching");
        assertThat(WorkflowIds.profileEmbedding("job", 5)).isEqualTo("recruiting-embedding-job-5");
    }
}
