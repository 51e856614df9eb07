package dev.keel.workflows.recruiting;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

class ProfileEmbeddingBatchWorkflowReplayTest {
    /** A history recorded from the current implementation; a change to its command sequence fails this test. */
    @Test
    void replaysRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource(
                "histories/profile-embedding-batch-workflow.json", ProfileEmbeddingBatchWorkflowImpl.class);
    }
}
