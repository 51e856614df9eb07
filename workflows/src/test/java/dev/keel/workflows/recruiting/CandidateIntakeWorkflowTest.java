package dev.keel.workflows.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CandidateIntakeWorkflowTest {
    private final FakeRecruitingActivities activities = new FakeRecruitingActivities();

    @RegisterExtension
    final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(CandidateIntakeWorkflowImpl.class)
            .setWorkerOptions(WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build())
            .setDoNotStart(true)
            .build();

    private CandidateIntakeWorkflow start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client, String id) {
        worker.registerActivitiesImplementations(activities);
        env.start();
        return client.newWorkflowStub(CandidateIntakeWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(id).setTaskQueue(worker.getTaskQueue()).build());
    }

    @Test
    void createsCandidateFromResumeWithTheLlmExtractor(TestWorkflowEnvironment env, Worker worker, WorkflowClient client)
            throws Exception {
        IntakeResult result = start(env, worker, client, "recruiting-candidate-test-1")
                .run(new CandidateIntakeInput(1, 3));
        assertThat(result).isEqualTo(new IntakeResult(7, "llm"));
        assertThat(activities.textCalls.get()).isEqualTo(1);
        assertThat(activities.creates.get()).isEqualTo(1);
        Path out = Path.of("target", "histories", "candidate-intake.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, client.fetchHistory("recruiting-candidate-test-1").toJson(true));
    }

    @Test
    void fallsBackToHeuristicAfterThreeMalformedLlmAnswers(TestWorkflowEnvironment env, Worker worker,
                                                           WorkflowClient client) {
        activities.llmMalformed = true;
        IntakeResult result = start(env, worker, client, "recruiting-candidate-test-2")
                .run(new CandidateIntakeInput(1, 3));
        assertThat(result.extractor()).isEqualTo("heuristic");
        assertThat(activities.llmCalls.get()).isEqualTo(3);
        assertThat(activities.textCalls.get()).isEqualTo(1);
    }

    @Test
    void failsWithoutRetryWhenTheFileHasNoText(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
        activities.unreadableFile = true;
        CandidateIntakeWorkflow workflow = start(env, worker, client, "recruiting-candidate-test-3");
        assertThatThrownBy(() -> workflow.run(new CandidateIntakeInput(1, 3)))
                .isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(ActivityFailure.class)
                .cause().isInstanceOf(ApplicationFailure.class)
                .extracting(f -> ((ApplicationFailure) f).getType()).isEqualTo("VALIDATION");
        assertThat(activities.textCalls.get()).isEqualTo(1);
        assertThat(activities.creates.get()).isZero();
        assertThat(TaskQueues.RECRUITING).isNotBlank();
    }
}
