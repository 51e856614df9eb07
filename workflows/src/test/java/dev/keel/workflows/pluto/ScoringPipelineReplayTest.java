package dev.keel.workflows.pluto;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

class ScoringPipelineReplayTest {
    /** A history recorded from the current implementation (skip AI, confirm, score); a changed command sequence fails. */
    @Test
    void replaysRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-scoring-confirmed.json",
                ScoringPipelineWorkflowImpl.class);
    }
}
