package dev.keel.workflows.approvals;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A request to change protected paths: notify Telegram unless auto-approved, wait for a decision. Id: governance-{requestId}. */
@WorkflowInterface
public interface GovernanceWorkflow {
    /**
     * Waits at most {@code timeoutSeconds} for the first decision, records exactly one outcome, upserts
     * {@code KeelOutcome} (approved, rejected, timeout) and returns it. Cancelled in Temporal: records
     * {@code cancelled} and ends Cancelled.
     */
    @WorkflowMethod
    GovernanceOutcome run(GovernanceInput input);

    /**
     * Records a human decision and returns the outcome once the database has it. Refused by
     * {@link #validateDecide} (CONFLICT "Governance request ab12cd34 is already denied") once closed.
     */
    @UpdateMethod(description = "Approve or deny; answers the recorded outcome, refused once decided")
    GovernanceOutcome decide(Decision decision);

    /** Refuses a decision when the request is no longer pending (ApplicationFailure type CONFLICT). */
    @UpdateValidatorMethod(updateName = "decide")
    void validateDecide(Decision decision);

    /** Legacy decision signal, kept only for workflows started before the update existed; nothing sends it. */
    @SignalMethod(name = "decide", description = "Legacy decision signal; use the decide update")
    void decideSignal(Decision decision);

    /** Current status: pending, approved, denied or cancelled. */
    @QueryMethod(description = "Status: pending, approved, denied or cancelled, and who decided")
    GovernanceState getStatus();
}
