package dev.keel.workflows.pluto.intake;

import dev.keel.workflows.pluto.scoring.PlutoScoringActivities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The submitIntake update (accepted, refused), cancellation and KeelOutcome of IntakeWorkflow. */
@Timeout(60)
class IntakeWorkflowLifecycleTest {
    private static final String CANDIDATE = "0f8c2a4e-1111-4222-8333-444455556666";
    private static final String ID = "pluto-intake-" + CANDIDATE;

    private TestWorkflowEnvironment env;
    private WorkflowClient client;
    private IntakeActivities intake;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        env.registerSearchAttribute("KeelOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
        Worker worker = env.newWorker(TaskQueues.PLUTO);
        worker.registerWorkflowImplementationTypes(IntakeWorkflowImpl.class);
        intake = mock(IntakeActivities.class, withSettings().withoutAnnotations());
        worker.registerActivitiesImplementations(intake,
                mock(PlutoScoringActivities.class, withSettings().withoutAnnotations()));
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private IntakeWorkflow start(String intakeId) {
        IntakeWorkflow wf = client.newWorkflowStub(IntakeWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.PLUTO).setWorkflowId(ID).build());
        WorkflowClient.start(wf::run, new IntakeInput(7, CANDIDATE, intakeId,
                env.currentTimeMillis() + Duration.ofHours(48).toMillis()));
        return wf;
    }

    private String outcome() {
        return client.newUntypedWorkflowStub(ID).describe().getTypedSearchAttributes()
                .get(KeelSearchAttributes.OUTCOME);
    }

    @Test
    void submitUpdateIsAcceptedOnceThenRefusedAsConflict() {
        IntakeWorkflow wf = start("link-1");
        env.sleep(Duration.ofHours(1));

        IntakeSubmitted answer = wf.submitIntake(new IntakeSubmission("link-1", "sub-1"));
        assertThat(answer.status()).isEqualTo(IntakeStatus.SUBMITTED);
        WorkflowStub.fromTyped(wf).getResult(IntakeResult.class);

        assertThat(outcome()).isEqualTo("completed");
        verify(intake).completeIntake(new SubmissionRef(7, CANDIDATE, "link-1", "sub-1"));
    }

    @Test
    void submitWithAReplacedLinkIsRefusedAsGone() {
        IntakeWorkflow wf = start("link-1");
        wf.extend(new IntakeLink("link-2", env.currentTimeMillis() + Duration.ofHours(48).toMillis()));

        assertThatThrownBy(() -> wf.submitIntake(new IntakeSubmission("link-1", "sub-1")))
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("Intake link was replaced by a newer one"));
        wf.submitIntake(new IntakeSubmission("link-2", "sub-2"));
        assertThatThrownBy(() -> wf.submitIntake(new IntakeSubmission("link-2", "sub-3")))
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("Intake has already been submitted with this link"));
    }

    /** The validator's message (the SDK wraps its failure and keeps only the message). */
    private static String refusal(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure f) {
                message = f.getOriginalMessage();
            }
        }
        return message;
    }

    @Test
    void cancellingInvalidatesTheLinkAndEndsCancelled() {
        IntakeWorkflow wf = start("link-1");
        env.sleep(Duration.ofHours(1));

        WorkflowStub.fromTyped(wf).cancel();

        assertThatThrownBy(() -> WorkflowStub.fromTyped(wf).getResult(IntakeResult.class))
                .isInstanceOf(WorkflowFailedException.class).hasCauseInstanceOf(CanceledFailure.class);
        verify(intake).cancelIntake(new IntakeRef(7, CANDIDATE, "link-1"));
        assertThat(outcome()).isEqualTo("cancelled");
    }

    @Test
    void expiredIntakeSaysSoInKeelOutcome() {
        IntakeWorkflow wf = start("link-1");
        WorkflowStub.fromTyped(wf).getResult(IntakeResult.class);
        assertThat(outcome()).isEqualTo("expired");
    }
}
