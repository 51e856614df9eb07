package dev.keel.workflows.approvals;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A request to change protected paths: notify Telegram unless auto-approved, wait for a decision. Id: governance-{requestId}. */
@WorkflowInterface
public interface GovernanceWorkflow {
    /** Waits at most {@code timeoutSeconds} for the first decision, records exactly one outcome, returns it. */
    @WorkflowMethod
    GovernanceOutcome run(GovernanceInput input);

    /** Delivers a decision; only the first one before the timeout counts, later ones are logged and ignored. */
    @SignalMethod
    void decide(Decision decision);

    /** Current status: pending, approved or denied. */
    @QueryMethod
    GovernanceState getStatus();
}
