package dev.keel.workflows.recruiting;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ProfileEmbeddingBatchWorkflow {
    /**
     * Brings the stored embeddings of a batch of one org's profiles up to date with their current content.
     * Started by the embedding outbox dispatcher with id {@code recruiting-embedding-batch-{org}-{first}-{last}}
     * (outbox ids) and conflict policy USE_EXISTING, so a repeated start is harmless. Marks its run index row
     * completed, or failed (and fails) once the capped retries of the batch activity are spent.
     */
    @WorkflowMethod
    ProfileEmbeddingBatchResult embed(ProfileEmbeddingBatchInput input);
}
