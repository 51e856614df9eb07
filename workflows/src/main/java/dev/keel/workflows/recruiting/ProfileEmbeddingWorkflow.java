package dev.keel.workflows.recruiting;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ProfileEmbeddingWorkflow {
    /**
     * Brings the stored embedding of one profile up to date with its current content. Started with id
     * {@code recruiting-embedding-{kind}-{id}} and conflict policy TERMINATE_EXISTING, so the last change wins.
     */
    @WorkflowMethod
    ProfileEmbeddingResult embed(ProfileEmbeddingInput input);
}
