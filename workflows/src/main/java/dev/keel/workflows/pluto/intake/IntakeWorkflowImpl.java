package dev.keel.workflows.pluto.intake;

import dev.keel.workflows.pluto.briefs.CandidateRef;
import dev.keel.workflows.pluto.scoring.PlutoScoringActivities;
import dev.keel.temporal.ActivityProfiles;
import dev.keel.temporal.FailureType;
import dev.keel.temporal.Outcomes;
import dev.keel.temporal.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import org.slf4j.Logger;

public class IntakeWorkflowImpl implements IntakeWorkflow {
    /**
     * The timer fires this long after the link's expiry: the API accepts a submission only before the expiry,
     * so a submission accepted in the last instant still finds the workflow waiting despite clock skew.
     */
    public static final Duration GRACE = Duration.ofSeconds(30);
    static final String STEP_UPDATING = "updating_candidate";
    static final String STEP_RESCORING = "rescoring";
    static final String STEP_FINISHING = "finishing";
    /** Version 1: cancellation recorded (link invalid), KeelOutcome upserted at the end, live details. */
    static final String LIFECYCLE_CHANGE = "pluto-intake-lifecycle";
    private static final Logger LOG = Workflow.getLogger(IntakeWorkflowImpl.class);

    private final IntakeActivities intake = Workflow.newActivityStub(IntakeActivities.class,
            ActivityOptions.newBuilder(ActivityProfiles.shortIo()).setTaskQueue(TaskQueues.PLUTO).build());
    // A re-score makes up to two LLM calls (signals, AI score), so one attempt may take longer than llmCall's.
    private final PlutoScoringActivities scoring = Workflow.newActivityStub(PlutoScoringActivities.class,
            ActivityOptions.newBuilder(ActivityProfiles.llmCall()).setTaskQueue(TaskQueues.PLUTO)
                    .setStartToCloseTimeout(Duration.ofMinutes(5)).build());

    private String status = IntakeStatus.WAITING;
    private String step;
    private String intakeId;
    private long expiresAt;
    private IntakeSubmission pending;
    private boolean rescored;
    private boolean lifecycle;

    @WorkflowInit
    public IntakeWorkflowImpl(IntakeInput input) {
        intakeId = input.intakeId();
        expiresAt = input.expiresAtEpochMillis();
    }

    @Override
    public IntakeResult run(IntakeInput input) {
        lifecycle = Workflow.getVersion(LIFECYCLE_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1;
        try {
            IntakeResult result = proceed(input);
            ended(result.status(), "intake " + result.status());
            return result;
        } catch (CanceledFailure | ActivityFailure e) {
            if (e instanceof ActivityFailure && !CancellationScope.current().isCancelRequested()) {
                throw e;
            }
            Workflow.newDetachedCancellationScope(() -> {
                intake.cancelIntake(new IntakeRef(input.orgId(), input.candidateId(), intakeId));
                ended("cancelled", "cancelled: the candidate's link is invalid now");
            }).run();
            throw e instanceof CanceledFailure c ? c : new CanceledFailure("Intake cancelled");
        }
    }

    private void ended(String outcome, String details) {
        if (lifecycle) {
            Outcomes.record(outcome);
            Workflow.setCurrentDetails(details);
        }
    }

    private IntakeResult proceed(IntakeInput input) {
        SubmissionRef submission = awaitAppliedSubmission(input);
        if (submission == null) {
            status = IntakeStatus.EXPIRED;
            intake.expireIntake(new IntakeRef(input.orgId(), input.candidateId(), intakeId));
            Workflow.await(Workflow::isEveryHandlerFinished);
            return new IntakeResult(IntakeStatus.EXPIRED, intakeId, null, false);
        }
        step = STEP_RESCORING;
        try {
            scoring.rescoreCandidate(new CandidateRef(input.orgId(), input.candidateId()));
            rescored = true;
        } catch (ActivityFailure e) {
            // The profile is updated either way; the scores stay those of before the intake.
            LOG.warn("Re-scoring candidate {} failed for good: {}", input.candidateId(), e.getMessage());
        }
        step = STEP_FINISHING;
        intake.completeIntake(submission);
        status = IntakeStatus.COMPLETED;
        step = null;
        Workflow.await(Workflow::isEveryHandlerFinished);
        return new IntakeResult(IntakeStatus.COMPLETED, submission.intakeId(), submission.submissionId(), rescored);
    }

    /** Waits for a submission until the deadline; returns it once applied, or null when the link expired. */
    private SubmissionRef awaitAppliedSubmission(IntakeInput input) {
        while (true) {
            while (pending == null) {
                long remaining = expiresAt + GRACE.toMillis() - Workflow.currentTimeMillis();
                if (remaining <= 0) {
                    return null;
                }
                long awaitedDeadline = expiresAt;
                if (lifecycle) {
                    Workflow.setCurrentDetails("waiting for the candidate's submission of link " + intakeId
                            + " until " + java.time.Instant.ofEpochMilli(expiresAt) + " (+" + GRACE.toSeconds()
                            + " s grace)");
                }
                Workflow.await(Duration.ofMillis(remaining), () -> pending != null || expiresAt != awaitedDeadline);
            }
            status = IntakeStatus.SUBMITTED;
            step = STEP_UPDATING;
            SubmissionRef ref = new SubmissionRef(input.orgId(), input.candidateId(), pending.intakeId(),
                    pending.submissionId());
            try {
                intake.applySubmission(ref);
                return ref;
            } catch (ActivityFailure e) {
                // Only non-retryable failures get here: the submission is not this intake's; keep waiting.
                LOG.warn("Ignoring submission {}: {}", ref.submissionId(), e.getMessage());
                pending = null;
                status = IntakeStatus.WAITING;
                step = null;
            }
        }
    }

    @Override
    public void validateSubmitIntake(IntakeSubmission submission) {
        if (!IntakeStatus.WAITING.equals(status) || pending != null) {
            throw ApplicationFailure.newNonRetryableFailure("Intake has already been submitted with this link",
                    FailureType.CONFLICT.type());
        }
        if (!intakeId.equals(submission.intakeId())) {
            throw ApplicationFailure.newNonRetryableFailure("Intake link was replaced by a newer one",
                    FailureType.GONE.type());
        }
        if (Workflow.currentTimeMillis() >= expiresAt + GRACE.toMillis()) {
            throw ApplicationFailure.newNonRetryableFailure("Intake link has expired", FailureType.GONE.type());
        }
    }

    @Override
    public IntakeSubmitted submitIntake(IntakeSubmission submission) {
        pending = submission;
        return new IntakeSubmitted(IntakeStatus.SUBMITTED, submission.intakeId(), submission.submissionId());
    }

    @Override
    public void submit(IntakeSubmission submission) {
        if (!IntakeStatus.WAITING.equals(status) || pending != null) {
            LOG.info("Ignoring submission {}: intake is {}", submission.submissionId(), status);
            return;
        }
        pending = submission;
    }

    @Override
    public void extend(IntakeLink link) {
        if (!IntakeStatus.WAITING.equals(status) || pending != null) {
            LOG.info("Ignoring new link {}: intake is {}", link.intakeId(), status);
            return;
        }
        intakeId = link.intakeId();
        expiresAt = link.expiresAtEpochMillis();
    }

    @Override
    public IntakeStatus getStatus() {
        return new IntakeStatus(status, step, intakeId, expiresAt, pending == null ? null : pending.submissionId(),
                rescored);
    }
}
