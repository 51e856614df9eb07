package dev.keel.workflows.approvals;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A human approval of an Autopack phase: notify Telegram, wait for a decision or the timeout. Id: approval-{id}. */
@WorkflowInterface
public interface ApprovalWorkflow {
    /** Waits at most {@code timeoutSeconds} for the first decision, records exactly one outcome, returns it. */
    @WorkflowMethod
    ApprovalOutcome run(ApprovalInput input);

    /** Delivers a decision; only the first one before the timeout counts, later ones are logged and ignored. */
    @SignalMethod
    void decide(Decision decision);

    /** Current status (pending until decided) and whether the Telegram message went out. */
    @QueryMethod
    ApprovalState getStatus();
}
