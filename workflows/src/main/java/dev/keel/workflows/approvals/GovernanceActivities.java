package dev.keel.workflows.approvals;

import io.temporal.activity.ActivityInterface;

/** Side effects of {@link GovernanceWorkflow}; every method is idempotent, keyed by the request id. */
@ActivityInterface(namePrefix = "Governance")
public interface GovernanceActivities {
    /**
     * Sends the request's Telegram message (gov_approve/gov_reject buttons) at most once per request: the
     * message id is stored right after sending and a retry returns it. Failure types as for approvals.
     */
    TelegramReceipt sendTelegram(GovernanceRef ref);

    /**
     * Writes the decision with a conditional update ({@code WHERE approved IS NULL}), the run index status and
     * a "decided" event. Returns false when the request had already been decided.
     */
    boolean recordOutcome(GovernanceOutcome outcome);

    /**
     * Closes a still-pending request as cancelled (the workflow was cancelled in Temporal), closes its run
     * with outcome cancelled and appends a "decided" event. Returns false when it was no longer pending.
     */
    boolean recordCancelled(GovernanceRef ref);

    /** Edits the stored Telegram message to show the outcome; a no-op when no message was sent. */
    void announceOutcome(GovernanceOutcome outcome);
}
