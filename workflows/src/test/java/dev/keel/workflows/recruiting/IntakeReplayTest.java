package dev.keel.workflows.recruiting;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

/** Replays recorded histories so that a change to the workflow code that breaks determinism fails here. */
class IntakeReplayTest {
    @Test
    void jobIntakeReplaysItsRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/job-intake.json", JobIntakeWorkflowImpl.class);
    }

    @Test
    void candidateIntakeReplaysItsRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/candidate-intake.json",
                CandidateIntakeWorkflowImpl.class);
    }
}
