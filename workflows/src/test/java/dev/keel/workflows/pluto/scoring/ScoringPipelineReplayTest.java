package dev.keel.workflows.pluto.scoring;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

class ScoringPipelineReplayTest {
    /** Recorded before the lifecycle change (skip AI, confirm signal, score): replays on the DEFAULT_VERSION path. */
    @Test
    void replaysRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-scoring-confirmed.json",
                ScoringPipelineWorkflowImpl.class);
    }

    /** Recorded with the lifecycle change: skip AI, confirmScoring update, score, KeelOutcome complete. */
    @Test
    void replaysConfirmedByUpdateHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-scoring-confirmed-v1.json",
                ScoringPipelineWorkflowImpl.class);
    }

    /** Recorded with the lifecycle change: cancelled while waiting for confirmation, recorded, ended Cancelled. */
    @Test
    void replaysCancelledHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-scoring-cancelled-v1.json",
                ScoringPipelineWorkflowImpl.class);
    }

    /** Recorded with the fleet change: batches without eager dispatch and a 10 s heartbeat timeout. */
    @Test
    void replaysSpreadOverTheFleetHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-scoring-confirmed-v2.json",
                ScoringPipelineWorkflowImpl.class);
    }
}
