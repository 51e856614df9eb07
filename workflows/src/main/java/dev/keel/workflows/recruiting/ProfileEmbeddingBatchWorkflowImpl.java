package dev.keel.workflows.recruiting;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ProfileEmbeddingBatchWorkflowImpl implements ProfileEmbeddingBatchWorkflow {
    private final EmbeddingBatchActivities embedding = Workflow.newActivityStub(EmbeddingBatchActivities.class,
            ActivityOptions.newBuilder()
                    // The first call in a process loads the model (a few seconds); a batch of 200 takes seconds.
                    .setStartToCloseTimeout(Duration.ofMinutes(5))
                    .setHeartbeatTimeout(Duration.ofMinutes(1))
                    .setRetryOptions(RetryOptions.newBuilder()
                            .setInitialInterval(Duration.ofSeconds(1))
                            .setBackoffCoefficient(2.0)
                            .setMaximumInterval(Duration.ofMinutes(1))
                            .setMaximumAttempts(8)
                            .setDoNotRetry(ActivityProfiles.doNotRetry())
                            .build())
                    .build());
    private final EmbeddingBatchActivities runIndex = Workflow.newActivityStub(EmbeddingBatchActivities.class,
            ActivityOptions.newBuilder(ActivityProfiles.shortIo())
                    .setScheduleToCloseTimeout(Duration.ofMinutes(10))
                    .build());

    @Override
    public ProfileEmbeddingBatchResult embed(ProfileEmbeddingBatchInput input) {
        String workflowId = Workflow.getInfo().getWorkflowId();
        try {
            ProfileEmbeddingBatchResult result = embedding.embedProfiles(input);
            runIndex.recordOutcome(new EmbeddingBatchOutcome(workflowId, EmbeddingBatchOutcome.COMPLETED));
            return result;
        } catch (ActivityFailure e) {
            runIndex.recordOutcome(new EmbeddingBatchOutcome(workflowId, EmbeddingBatchOutcome.FAILED));
            throw e;
        }
    }
}
