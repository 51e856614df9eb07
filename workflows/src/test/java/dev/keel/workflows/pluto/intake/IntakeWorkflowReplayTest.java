package dev.keel.workflows.pluto.intake;

import dev.keel.workflows.pluto.scoring.PlutoScoringActivities;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import dev.keel.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Replays committed IntakeWorkflow histories (a link extended then submitted; an expired link) against the
 * current code. Re-record before changing the workflow with {@code -Drecord.histories=true}.
 */
class IntakeWorkflowReplayTest {
    private static final Path DIR = Path.of("src/test/resources/histories");

    @Test
    void submittedIntakeReplays() throws Exception {
        if (Boolean.getBoolean("record.histories")) {
            record("pluto-intake-submitted.json", (env, wf) -> {
                env.sleep(Duration.ofHours(1));
                wf.extend(new IntakeLink("link-2", env.currentTimeMillis() + Duration.ofHours(48).toMillis()));
                env.sleep(Duration.ofHours(1));
                wf.submit(new IntakeSubmission("link-2", "sub-1"));
            });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("pluto-intake-submitted.json")),
                IntakeWorkflowImpl.class);
    }

    @Test
    void expiredIntakeReplays() throws Exception {
        if (Boolean.getBoolean("record.histories")) {
            record("pluto-intake-expired.json", (env, wf) -> { });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("pluto-intake-expired.json")),
                IntakeWorkflowImpl.class);
    }

    @Test
    void submittedByUpdateIntakeReplays() throws Exception {
        if (Boolean.getBoolean("record.v1.histories")) {
            record("pluto-intake-submitted-v1.json", (env, wf) -> {
                env.sleep(Duration.ofHours(1));
                wf.submitIntake(new IntakeSubmission("link-1", "sub-1"));
            });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("pluto-intake-submitted-v1.json")),
                IntakeWorkflowImpl.class);
    }

    @Test
    void cancelledIntakeReplays() throws Exception {
        if (Boolean.getBoolean("record.v1.histories")) {
            record("pluto-intake-cancelled-v1.json", (env, wf) -> {
                env.sleep(Duration.ofHours(1));
                WorkflowStub.fromTyped(wf).cancel();
            });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("pluto-intake-cancelled-v1.json")),
                IntakeWorkflowImpl.class);
    }

    private static void record(String file, java.util.function.BiConsumer<TestWorkflowEnvironment, IntakeWorkflow> drive)
            throws Exception {
        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            env.registerSearchAttribute("KeelOutcome",
                    io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
            Worker worker = env.newWorker(TaskQueues.PLUTO);
            worker.registerWorkflowImplementationTypes(IntakeWorkflowImpl.class);
            worker.registerActivitiesImplementations(mock(IntakeActivities.class, withSettings().withoutAnnotations()),
                    mock(PlutoScoringActivities.class, withSettings().withoutAnnotations()));
            env.start();
            String id = "pluto-intake-0f8c2a4e-1111-4222-8333-444455556666";
            IntakeWorkflow wf = env.getWorkflowClient().newWorkflowStub(IntakeWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.PLUTO).setWorkflowId(id).build());
            WorkflowClient.start(wf::run, new IntakeInput(7, "0f8c2a4e-1111-4222-8333-444455556666", "link-1",
                    env.currentTimeMillis() + Duration.ofHours(48).toMillis()));
            drive.accept(env, wf);
            try {
                WorkflowStub.fromTyped(wf).getResult(IntakeResult.class);
            } catch (io.temporal.client.WorkflowFailedException e) {
                // a cancelled intake: its history is what we want
            }
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(file), env.getWorkflowClient().fetchHistory(id).toJson(true));
        }
    }
}
