package dev.keel.workflows.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowIds;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cancellation, the confirm update, failures and KeelOutcome (the versioned lifecycle change). */
class ScoringPipelineLifecycleTest {
    static final String RUN = "00000000-0000-0000-0000-000000000043";
    static final String ID = WorkflowIds.plutoScoring(RUN);

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ScoringPipelineWorkflowImpl.class)
            .registerSearchAttribute("KeelOrgId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelKind", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .setDoNotStart(true)
            .build();

    private static ScoringPipelineWorkflow start(WorkflowClient client, Worker worker, int rows, boolean skipAi) {
        ScoringPipelineWorkflow workflow = client.newWorkflowStub(ScoringPipelineWorkflow.class,
                WorkflowOptions.newBuilder().setWorkflowId(ID).setTaskQueue(worker.getTaskQueue())
                        .setTypedSearchAttributes(KeelSearchAttributes.of(7, "pluto-scoring")).build());
        WorkflowClient.start(workflow::run, new PipelineInput(7, RUN, rows, skipAi, 10, 3, 5_000, null));
        return workflow;
    }

    private static String outcome(WorkflowClient client) {
        return client.newUntypedWorkflowStub(ID).describe().getTypedSearchAttributes()
                .get(KeelSearchAttributes.OUTCOME);
    }

    @Test
    void workflowCancelRecordsCancelledAndEndsCancelled(TestWorkflowEnvironment env, WorkflowClient client,
                                                        Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(30);
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = start(client, worker, 30, true);
        env.sleep(Duration.ofMinutes(5));

        WorkflowStub.fromTyped(workflow).cancel("operator test");

        assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class))
                .isInstanceOf(WorkflowFailedException.class).hasCauseInstanceOf(CanceledFailure.class);
        PhaseUpdate last = activities.phases.get(activities.phases.size() - 1);
        assertThat(last.status()).isEqualTo("cancelled");
        assertThat(last.finished()).isTrue();
        assertThat(last.outcome()).isEqualTo("cancelled");
        assertThat(outcome(client)).isEqualTo("cancelled");
        assertThat(client.newUntypedWorkflowStub(ID).describe().getStatus())
                .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
        record(client, System.getProperty("keel.recordCancelledHistory"));
    }

    @Test
    void confirmUpdateIsAnsweredAndScoringStarts(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(25);
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = start(client, worker, 25, true);
        env.sleep(Duration.ofHours(1));

        ConfirmResult answer = workflow.confirmScoring(new ConfirmRequest(3L));
        PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

        assertThat(answer.message()).isEqualTo("AI scoring confirmed");
        assertThat(result.status()).isEqualTo("complete");
        assertThat(activities.batches.stream().filter(BatchRef::useAi).count()).isEqualTo(3);
        assertThat(outcome(client)).isEqualTo("complete");
        record(client, System.getProperty("keel.recordHistory"));
    }

    /** Writes this test's history for the replay tests when asked to (-Dkeel.recordHistory=path). */
    private static void record(WorkflowClient client, String path) {
        if (path != null) {
            try {
                Files.writeString(Path.of(path), client.fetchHistory(ID).toJson(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void confirmOfARunNotUploadedWithSkipAiIsRejected(TestWorkflowEnvironment env, WorkflowClient client,
                                                      Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(25);
        activities.blockScoring = true;
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = start(client, worker, 25, false);
        env.sleep(Duration.ofMinutes(1));

        assertThatThrownBy(() -> workflow.confirmScoring(new ConfirmRequest(3L)))
                .isInstanceOf(WorkflowUpdateException.class)
                .cause().isInstanceOf(ApplicationFailure.class)
                .hasMessageContaining("not uploaded with skip_ai_scoring");
        activities.blockScoring = false;
        assertThat(WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class).status()).isEqualTo("complete");
    }

    @Test
    void neverConfirmedRunCompletesWithoutAiAndSaysSo(TestWorkflowEnvironment env, WorkflowClient client,
                                                      Worker worker) {
        worker.registerActivitiesImplementations(new FakeScoringActivities(5));
        env.start();
        ScoringPipelineWorkflow workflow = start(client, worker, 5, true);

        WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

        assertThat(outcome(client)).isEqualTo("complete_without_ai");
        assertThatThrownBy(() -> workflow.confirmScoring(new ConfirmRequest(null))).isNotNull();
    }

    @Test
    void aFailedBatchFailsTheWorkflow(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(20);
        activities.failExtraction = "The stored CSV cannot be read";
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = start(client, worker, 20, false);

        assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class))
                .isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(ApplicationFailure.class).hasMessageContaining("Pipeline failed");
        assertThat(outcome(client)).isEqualTo("failed");
        assertThat(activities.phases.get(activities.phases.size() - 1).status()).isEqualTo("failed");
    }
}
