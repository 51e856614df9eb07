package dev.keel.workflows.recruiting;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replays recorded histories so that a change to the workflow code that breaks determinism fails here. */
class IntakeReplayTest {
    private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void jobIntakeReplaysItsRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/job-intake.json", worker(JobIntakeWorkflowImpl.class));
    }

    @Test
    void candidateIntakeReplaysItsRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/candidate-intake.json",
                worker(CandidateIntakeWorkflowImpl.class));
    }

    /** A generous deadlock timeout: on a loaded build machine the first replay spends seconds loading classes. */
    private Worker worker(Class<?> workflow) {
        Worker worker = env.newWorker("replay", WorkerOptions.newBuilder()
                .setDefaultDeadlockDetectionTimeout(30_000).build());
        worker.registerWorkflowImplementationTypes(workflow);
        return worker;
    }
}
