package dev.keel.workflows.pluto.intake;

import dev.keel.workflows.pluto.briefs.CandidateRef;
import dev.keel.workflows.pluto.scoring.PlutoScoringActivities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import dev.keel.temporal.FailureType;
import dev.keel.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.InOrder;

@Timeout(60)
class IntakeWorkflowTest {
    private static final long ORG = 7;
    private static final String CANDIDATE = "0f8c2a4e-1111-4222-8333-444455556666";
    private static final Duration TTL = Duration.ofHours(48);

    private TestWorkflowEnvironment env;
    private WorkflowClient client;
    private IntakeActivities intake;
    private PlutoScoringActivities scoring;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        env.registerSearchAttribute("KeelOutcome", io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
        Worker worker = env.newWorker(TaskQueues.PLUTO);
        worker.registerWorkflowImplementationTypes(IntakeWorkflowImpl.class);
        intake = mock(IntakeActivities.class, withSettings().withoutAnnotations());
        scoring = mock(PlutoScoringActivities.class, withSettings().withoutAnnotations());
        worker.registerActivitiesImplementations(intake, scoring);
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private IntakeWorkflow start(String intakeId, Duration ttl) {
        IntakeWorkflow wf = client.newWorkflowStub(IntakeWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.PLUTO).setWorkflowId("pluto-intake-" + CANDIDATE).build());
        WorkflowClient.start(wf::run, new IntakeInput(ORG, CANDIDATE, intakeId,
                env.currentTimeMillis() + ttl.toMillis()));
        return wf;
    }

    private static IntakeResult result(IntakeWorkflow wf) {
        return WorkflowStub.fromTyped(wf).getResult(IntakeResult.class);
    }

    @Test
    void submissionBeforeExpiryUpdatesCandidateRescoresAndCompletes() {
        IntakeWorkflow wf = start("link-1", TTL);
        assertThat(wf.getStatus().status()).isEqualTo(IntakeStatus.WAITING);
        env.sleep(Duration.ofHours(3));
        wf.submit(new IntakeSubmission("link-1", "sub-1"));

        IntakeResult result = result(wf);
        assertThat(result).isEqualTo(new IntakeResult(IntakeStatus.COMPLETED, "link-1", "sub-1", true));
        SubmissionRef ref = new SubmissionRef(ORG, CANDIDATE, "link-1", "sub-1");
        InOrder order = inOrder(intake, scoring);
        order.verify(intake).applySubmission(ref);
        order.verify(scoring).rescoreCandidate(new CandidateRef(ORG, CANDIDATE));
        order.verify(intake).completeIntake(ref);
        verify(intake, never()).expireIntake(any());
        assertThat(wf.getStatus().status()).isEqualTo(IntakeStatus.COMPLETED);
    }

    @Test
    void expiresWithTheLinkWhenNothingIsSubmitted() {
        long started = env.currentTimeMillis();
        IntakeWorkflow wf = start("link-2", TTL);
        IntakeResult result = result(wf);
        assertThat(result).isEqualTo(new IntakeResult(IntakeStatus.EXPIRED, "link-2", null, false));
        assertThat(env.currentTimeMillis() - started).isGreaterThanOrEqualTo(TTL.toMillis());
        verify(intake).expireIntake(new IntakeRef(ORG, CANDIDATE, "link-2"));
        verify(intake, never()).applySubmission(any());
        verify(scoring, never()).rescoreCandidate(any());
        assertThat(wf.getStatus().status()).isEqualTo(IntakeStatus.EXPIRED);
    }

    @Test
    void newLinkMovesTheDeadline() {
        IntakeWorkflow wf = start("link-3", Duration.ofHours(1));
        env.sleep(Duration.ofMinutes(30));
        wf.extend(new IntakeLink("link-4", env.currentTimeMillis() + TTL.toMillis()));
        env.sleep(Duration.ofHours(2));
        IntakeStatus status = wf.getStatus();
        assertThat(status.status()).isEqualTo(IntakeStatus.WAITING);
        assertThat(status.intakeId()).isEqualTo("link-4");

        env.sleep(TTL);
        assertThat(result(wf)).isEqualTo(new IntakeResult(IntakeStatus.EXPIRED, "link-4", null, false));
        verify(intake).expireIntake(new IntakeRef(ORG, CANDIDATE, "link-4"));
    }

    @Test
    void reportsTheRescoringStepWhileItRuns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(inv -> {
            entered.countDown();
            release.await(20, TimeUnit.SECONDS);
            return null;
        }).when(scoring).rescoreCandidate(any());
        IntakeWorkflow wf = start("link-5", TTL);
        wf.submit(new IntakeSubmission("link-5", "sub-5"));
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        IntakeStatus during = wf.getStatus();
        assertThat(during.status()).isEqualTo(IntakeStatus.SUBMITTED);
        assertThat(during.step()).isEqualTo("rescoring");
        assertThat(during.submissionId()).isEqualTo("sub-5");
        wf.submit(new IntakeSubmission("link-5", "sub-late"));
        release.countDown();
        assertThat(result(wf).submissionId()).isEqualTo("sub-5");
        verify(intake, never()).applySubmission(new SubmissionRef(ORG, CANDIDATE, "link-5", "sub-late"));
    }

    @Test
    void unknownSubmissionIsIgnoredAndTheIntakeKeepsWaiting() {
        SubmissionRef bogus = new SubmissionRef(ORG, CANDIDATE, "link-6", "missing");
        doThrow(ApplicationFailure.newNonRetryableFailure("no such submission", FailureType.NOT_FOUND.type()))
                .when(intake).applySubmission(bogus);
        IntakeWorkflow wf = start("link-6", TTL);
        wf.submit(new IntakeSubmission("link-6", "missing"));
        env.sleep(Duration.ofMinutes(1));
        assertThat(wf.getStatus().status()).isEqualTo(IntakeStatus.WAITING);
        wf.submit(new IntakeSubmission("link-6", "sub-6"));
        assertThat(result(wf)).isEqualTo(new IntakeResult(IntakeStatus.COMPLETED, "link-6", "sub-6", true));
    }

    @Test
    void failedRescoringStillCompletesTheIntake() {
        doThrow(ApplicationFailure.newNonRetryableFailure("scoring broke", FailureType.VALIDATION.type()))
                .when(scoring).rescoreCandidate(any());
        IntakeWorkflow wf = start("link-7", TTL);
        wf.submit(new IntakeSubmission("link-7", "sub-7"));
        assertThat(result(wf)).isEqualTo(new IntakeResult(IntakeStatus.COMPLETED, "link-7", "sub-7", false));
        verify(intake).completeIntake(new SubmissionRef(ORG, CANDIDATE, "link-7", "sub-7"));
    }
}
