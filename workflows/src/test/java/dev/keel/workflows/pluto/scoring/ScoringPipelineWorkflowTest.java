package dev.keel.workflows.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowIds;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScoringPipelineWorkflowTest {
    static final String RUN = "00000000-0000-0000-0000-000000000042";

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ScoringPipelineWorkflowImpl.class)
            .registerSearchAttribute("KeelOrgId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelKind", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .registerSearchAttribute("KeelOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            .setDoNotStart(true)
            .build();

    private static ScoringPipelineWorkflow stub(WorkflowClient client, Worker worker) {
        return client.newWorkflowStub(ScoringPipelineWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.plutoScoring(RUN))
                .setTaskQueue(worker.getTaskQueue())
                .setTypedSearchAttributes(KeelSearchAttributes.of(7, "pluto-scoring"))
                .build());
    }

    private static PipelineInput input(int rows, boolean skipAi, int batchSize, int maxEvents) {
        return new PipelineInput(7, RUN, rows, skipAi, batchSize, 3, maxEvents, null);
    }

    @Test
    void handsEveryRowToOneBatchPerPhaseAcrossContinueAsNew(TestWorkflowEnvironment env, WorkflowClient client,
                                                            Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(2_000);
        worker.registerActivitiesImplementations(activities);
        env.start();

        PipelineResult result = stub(client, worker).run(input(2_000, false, 10, 300));

        assertThat(result.status()).isEqualTo("complete");
        assertThat(activities.everyRowOnce(activities.extracted)).isTrue();
        assertThat(activities.everyRowOnce(activities.scored)).isTrue();
        assertThat(activities.batches).allMatch(b -> b.useAi() && b.toRow() - b.fromRow() < 10);
        long histories = client.fetchHistory(WorkflowIds.plutoScoring(RUN)).getHistory().getEventsCount();
        assertThat(histories).isLessThan(400);
        assertThat(activities.phases.get(activities.phases.size() - 1).finished()).isTrue();
        assertThat(activities.phases).extracting(PhaseUpdate::status).contains("extracting", "scoring", "complete");
    }

    @Test
    void waitsForConfirmationBeforeAnyLlmCall(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(25);
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = stub(client, worker);
        WorkflowClient.start(workflow::run, input(25, true, 10, 5_000));
        env.sleep(Duration.ofHours(1));

        assertThat(workflow.getProgress().status()).isEqualTo("waiting_confirmation");
        assertThat(activities.batches).allMatch(b -> !b.useAi());
        assertThat(activities.scored).isEmpty();
        workflow.confirm();
        PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

        assertThat(result.status()).isEqualTo("complete");
        assertThat(activities.batches.stream().filter(b -> b.useAi()).count()).isEqualTo(3);
        String record = System.getProperty("keel.recordHistory");
        if (record != null) {
            try {
                Files.writeString(Path.of(record), client.fetchHistory(WorkflowIds.plutoScoring(RUN)).toJson(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void completesWithoutAiWhenNeverConfirmed(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(5);
        worker.registerActivitiesImplementations(activities);
        env.start();

        PipelineResult result = stub(client, worker).run(input(5, true, 10, 5_000));

        assertThat(result.status()).isEqualTo("complete");
        assertThat(result.message()).contains("not confirmed");
        assertThat(activities.batches).allMatch(b -> !b.useAi() && b.aiUnavailable() == null);
        assertThat(activities.everyRowOnce(activities.scored)).isTrue();
    }

    @Test
    void stopsCallingTheLlmOnceTheProviderRefusesUs(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(100);
        activities.unavailableFromRow = 1;
        worker.registerActivitiesImplementations(activities);
        env.start();

        PipelineResult result = stub(client, worker).run(new PipelineInput(7, RUN, 100, false, 10, 1, 5_000, null));

        assertThat(result.message()).contains("provider refused");
        assertThat(activities.batches.stream().filter(b -> b.fromRow() > 1 && b.toRow() <= 100
                && b.aiUnavailable() != null).count()).isEqualTo(9);
        assertThat(activities.everyRowOnce(activities.scored)).isTrue();
    }

    @Test
    void cancelEndsTheRunCancelled(TestWorkflowEnvironment env, WorkflowClient client, Worker worker) {
        FakeScoringActivities activities = new FakeScoringActivities(30);
        worker.registerActivitiesImplementations(activities);
        env.start();
        ScoringPipelineWorkflow workflow = stub(client, worker);
        WorkflowClient.start(workflow::run, input(30, true, 10, 5_000));
        env.sleep(Duration.ofMinutes(5));

        workflow.cancel();
        PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

        assertThat(result.status()).isEqualTo("cancelled");
        assertThat(activities.phases.get(activities.phases.size() - 1).status()).isEqualTo("cancelled");
        assertThat(activities.scored).isEmpty();
    }
}
