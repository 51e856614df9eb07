package dev.keel.workflows.pluto;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A candidate's intake (seed 002): waits for the candidate's submission until the intake link expires, then
 * updates the candidate and re-scores them. Id pluto-intake-{candidateId}; started with signal-with-start
 * ({@link #extend}) so a new link for an open intake moves the deadline of the running workflow.
 */
@WorkflowInterface
public interface IntakeWorkflow {
    /**
     * Waits (durable timer) for {@link #submit} until the current link's expiry; on a submission applies it,
     * calls PlutoScoringActivities.rescoreCandidate and completes; without one marks the intake expired.
     */
    @WorkflowMethod
    IntakeResult run(IntakeInput input);

    /** Delivers a stored submission; only the first one while waiting counts, later ones are ignored. */
    @SignalMethod
    void submit(IntakeSubmission submission);

    /** A new link replaced the current one: its id and expiry become the deadline. Ignored once submitted. */
    @SignalMethod
    void extend(IntakeLink link);

    /** waiting | submitted | expired | completed, the current step and link. */
    @QueryMethod
    IntakeStatus getStatus();
}
