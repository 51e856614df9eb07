package dev.keel.workflows.pluto.briefs;

import dev.keel.workflows.pluto.interviews.InterviewAnalyticsWorkflowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BriefWorkflowsTest {
    private final FakeBriefs activities = new FakeBriefs();

    @RegisterExtension
    final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(CandidateQuestionsWorkflowImpl.class,
                    CandidatePrebriefWorkflowImpl.class, RoomPrebriefWorkflowImpl.class)
            .setWorkerOptions(WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build())
            .setDoNotStart(true)
            .build();

    static final class FakeBriefs implements BriefActivities {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile boolean missing;

        @Override
        public void generateQuestions(CandidateRef candidate) {
            calls.add("questions:" + candidate.candidateId());
            if (missing) {
                throw ApplicationFailure.newNonRetryableFailure("no such candidate", "NOT_FOUND");
            }
        }

        @Override
        public void generateCandidatePrebrief(CandidateRef candidate) {
            calls.add("prebrief:" + candidate.candidateId());
        }

        @Override
        public void generateRoomPrebrief(PrebriefRequestRef request) {
            calls.add("room:" + request.requestId());
        }
    }

    private <T> T stub(TestWorkflowEnvironment env, Worker worker, WorkflowClient client, Class<T> type, String id) {
        worker.registerActivitiesImplementations(activities);
        env.start();
        return client.newWorkflowStub(type, WorkflowOptions.newBuilder()
                .setWorkflowId(id).setTaskQueue(worker.getTaskQueue()).build());
    }

    @Test
    void eachWorkflowRunsItsOneActivityWithTheIdsOnly(TestWorkflowEnvironment env, Worker worker,
                                                      WorkflowClient client) throws Exception {
        stub(env, worker, client, CandidateQuestionsWorkflow.class, "pluto-questions-c1")
                .run(new CandidateRef(1, "c1"));
        client.newWorkflowStub(CandidatePrebriefWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId("pluto-prebrief-c1").setTaskQueue(worker.getTaskQueue()).build())
                .run(new CandidateRef(1, "c1"));
        client.newWorkflowStub(RoomPrebriefWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId("pluto-prebrief-room-1-r").setTaskQueue(worker.getTaskQueue()).build())
                .run(new PrebriefRequestRef(1, 5));
        assertThat(activities.calls).containsExactly("questions:c1", "prebrief:c1", "room:5");
        InterviewAnalyticsWorkflowTest.record(client, "pluto-questions-c1", "pluto-questions.json");
    }

    @Test
    void aMissingCandidateFailsWithoutRetry(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
        activities.missing = true;
        CandidateQuestionsWorkflow workflow = stub(env, worker, client, CandidateQuestionsWorkflow.class,
                "pluto-questions-c2");
        assertThatThrownBy(() -> workflow.run(new CandidateRef(1, "c2")))
                .isInstanceOf(WorkflowFailedException.class)
                .rootCause().isInstanceOf(ApplicationFailure.class)
                .extracting(f -> ((ApplicationFailure) f).getType()).isEqualTo("NOT_FOUND");
        assertThat(activities.calls).containsExactly("questions:c2");
    }
}
