package dev.keel.workflows.platform;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

class ReconcilerWorkflowReplayTest {
    /** A history recorded from the current implementation; a change to its command sequence fails this test. */
    @Test
    void replaysRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/reconciler-workflow.json",
                ReconcilerWorkflowImpl.class);
    }
}
