package dev.keel.workflows.pluto.interviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

public class InterviewAnalyticsWorkflowTest {
    private final FakeAnalytics activities = new FakeAnalytics();

    @RegisterExtension
    final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(InterviewAnalyticsWorkflowImpl.class)
            .setWorkerOptions(WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build())
            .setDoNotStart(true)
            .build();

    /** Scripted analysis: malformed answers for the first {@code malformed} attempts, or a non-retryable failure. */
    static final class FakeAnalytics implements InterviewAnalyticsActivities {
        volatile int malformed;
        volatile String nonRetryableType;
        final AtomicInteger calls = new AtomicInteger();
        final List<TranscriptRef> seen = new CopyOnWriteArrayList<>();

        @Override
        public AnalyticsOutcome analyze(TranscriptRef transcript) {
            seen.add(transcript);
            int call = calls.incrementAndGet();
            if (nonRetryableType != null) {
                throw ApplicationFailure.newNonRetryableFailure("no LLM configured", nonRetryableType);
            }
            if (call <= malformed) {
                throw ApplicationFailure.newFailure("LLM answer is not valid JSON", "LLM_MALFORMED_OUTPUT");
            }
            return new AnalyticsOutcome(78, "hire", 1);
        }
    }

    private InterviewAnalyticsWorkflow start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client,
                                             String id) {
        worker.registerActivitiesImplementations(activities);
        env.start();
        return client.newWorkflowStub(InterviewAnalyticsWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(id).setTaskQueue(worker.getTaskQueue()).build());
    }

    @Test
    void analysesTheTranscriptByIdAndReportsCompleted(TestWorkflowEnvironment env, Worker worker,
                                                      WorkflowClient client) throws Exception {
        InterviewAnalyticsWorkflow workflow = start(env, worker, client, "pluto-analytics-1-room-a");
        AnalyticsOutcome outcome = workflow.run(new TranscriptRef(1, "room-a", 17));
        assertThat(outcome).isEqualTo(new AnalyticsOutcome(78, "hire", 1));
        assertThat(activities.seen).containsExactly(new TranscriptRef(1, "room-a", 17));
        assertThat(workflow.getStatus()).isEqualTo(InterviewAnalyticsWorkflow.COMPLETED);
        record(client, "pluto-analytics-1-room-a", "pluto-analytics.json");
    }

    /** Writes the history to target/histories (copy it to src/test/resources/histories to pin it for replay). */
    public static void record(WorkflowClient client, String workflowId, String file) throws Exception {
        Path out = Path.of("target", "histories", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, client.fetchHistory(workflowId).toJson(true));
    }

    @Test
    void retriesMalformedAnswersWithinTheLlmCallBudget(TestWorkflowEnvironment env, Worker worker,
                                                       WorkflowClient client) {
        activities.malformed = 2;
        AnalyticsOutcome outcome = start(env, worker, client, "pluto-analytics-1-room-b")
                .run(new TranscriptRef(1, "room-b", 18));
        assertThat(outcome.recommendation()).isEqualTo("hire");
        assertThat(activities.calls.get()).isEqualTo(3);
    }

    @Test
    void failsAfterThreeMalformedAnswersAndReportsFailed(TestWorkflowEnvironment env, Worker worker,
                                                         WorkflowClient client) throws Exception {
        activities.malformed = 100;
        InterviewAnalyticsWorkflow workflow = start(env, worker, client, "pluto-analytics-1-room-c");
        assertThatThrownBy(() -> workflow.run(new TranscriptRef(1, "room-c", 19)))
                .isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(ActivityFailure.class)
                .cause().isInstanceOf(ApplicationFailure.class)
                .extracting(f -> ((ApplicationFailure) f).getType()).isEqualTo("LLM_MALFORMED_OUTPUT");
        assertThat(activities.calls.get()).isEqualTo(3);
        assertThat(WorkflowStub.fromTyped(workflow).query("getStatus", String.class))
                .isEqualTo(InterviewAnalyticsWorkflow.FAILED);
        record(client, "pluto-analytics-1-room-c", "pluto-analytics-failed.json");
    }

    @Test
    void stopsAtOnceOnANonRetryableFailure(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
        activities.nonRetryableType = "CONFIGURATION";
        InterviewAnalyticsWorkflow workflow = start(env, worker, client, "pluto-analytics-1-room-d");
        assertThatThrownBy(() -> workflow.run(new TranscriptRef(1, "room-d", 20)))
                .isInstanceOf(WorkflowFailedException.class)
                .rootCause().isInstanceOf(ApplicationFailure.class)
                .extracting(f -> ((ApplicationFailure) f).getType()).isEqualTo("CONFIGURATION");
        assertThat(activities.calls.get()).isEqualTo(1);
    }
}
