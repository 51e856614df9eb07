package dev.keel.workflows.approvals;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A human approval of an Autopack phase: notify Telegram, wait for a decision or the timeout. Id: approval-{id}. */
@WorkflowInterface
public interface ApprovalWorkflow {
    /**
     * Waits at most {@code timeoutSeconds} for the first decision, records exactly one outcome, upserts
     * {@code KeelOutcome} (approved, rejected, timeout) and returns it. Cancelled in Temporal: records
     * {@code cancelled} and ends Cancelled.
     */
    @WorkflowMethod
    ApprovalOutcome run(ApprovalInput input);

    /**
     * Records a human decision and returns the outcome once the database has it. Refused by
     * {@link #validateDecide} (CONFLICT "Approval request #12 is already rejected") once decided, timed out
     * or cancelled.
     */
    @UpdateMethod(description = "Approve or reject; answers the recorded outcome, refused once decided")
    ApprovalOutcome decide(Decision decision);

    /** Refuses a decision when the approval is no longer pending (ApplicationFailure type CONFLICT). */
    @UpdateValidatorMethod(updateName = "decide")
    void validateDecide(Decision decision);

    /**
     * Legacy: the decision signal the API sent before the update existed. Kept only so running workflows
     * started by older versions (and their histories) still work; nothing sends it any more.
     */
    @SignalMethod(name = "decide", description = "Legacy decision signal; use the decide update")
    void decideSignal(Decision decision);

    /** Waits until the Telegram send finished (or the approval closed) and returns its receipt, null if none. */
    @UpdateMethod(description = "Waits for the Telegram send to finish and answers its receipt")
    TelegramReceipt awaitTelegram();

    /** Current status (pending until decided) and whether the Telegram message went out. */
    @QueryMethod(description = "Status: pending, approved, rejected, timeout or cancelled; Telegram receipt")
    ApprovalState getStatus();
}
