package dev.keel.workflows.pluto;

import dev.keel.workflows.pluto.briefs.CandidateQuestionsWorkflowImpl;
import dev.keel.workflows.pluto.interviews.InterviewAnalyticsWorkflowImpl;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replays recorded histories so that a change to the workflow code that breaks determinism fails here. */
class PlutoReplayTest {
    private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void analyticsReplaysACompletedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-analytics.json",
                worker(InterviewAnalyticsWorkflowImpl.class));
    }

    @Test
    void analyticsReplaysAFailedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-analytics-failed.json",
                worker(InterviewAnalyticsWorkflowImpl.class));
    }

    @Test
    void questionsReplayTheirRecordedHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/pluto-questions.json",
                worker(CandidateQuestionsWorkflowImpl.class));
    }

    private Worker worker(Class<?> workflow) {
        Worker worker = env.newWorker("replay", WorkerOptions.newBuilder()
                .setDefaultDeadlockDetectionTimeout(30_000).build());
        worker.registerWorkflowImplementationTypes(workflow);
        return worker;
    }
}
