package dev.keel.workflows.pluto.intake;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A candidate's intake (seed 002): waits for the candidate's submission until the intake link expires, then
 * updates the candidate and re-scores them. Id pluto-intake-{candidateId}; started with signal-with-start
 * ({@link #extend}) so a new link for an open intake moves the deadline of the running workflow.
 * Cancelling the workflow marks the candidate's link invalid and ends it Cancelled; KeelOutcome is completed,
 * expired or cancelled.
 */
@WorkflowInterface
public interface IntakeWorkflow {
    /**
     * Waits (durable timer) for {@link #submit} until the current link's expiry; on a submission applies it,
     * calls PlutoScoringActivities.rescoreCandidate and completes; without one marks the intake expired.
     */
    @WorkflowMethod
    IntakeResult run(IntakeInput input);

    /** Delivers a stored submission; the answer says it was accepted (it is applied right after). */
    @UpdateMethod(description = "Deliver a stored submission of the current link; refused (CONFLICT) once "
            + "submitted, (GONE) for a replaced or expired link")
    IntakeSubmitted submitIntake(IntakeSubmission submission);

    /** Refuses with CONFLICT (already submitted) or GONE (link replaced or past its deadline). */
    @UpdateValidatorMethod(updateName = "submitIntake")
    void validateSubmitIntake(IntakeSubmission submission);

    /** Legacy signal, kept for running histories: only the first submission while waiting counts. */
    @SignalMethod(description = "Legacy: use the submitIntake update")
    void submit(IntakeSubmission submission);

    /** A new link replaced the current one: its id and expiry become the deadline. Ignored once submitted. */
    @SignalMethod(description = "A new link replaced the current one: its id and expiry become the deadline")
    void extend(IntakeLink link);

    /** waiting | submitted | expired | completed, the current step and link. */
    @QueryMethod(description = "waiting | submitted | expired | completed, the current step, link and deadline")
    IntakeStatus getStatus();
}
