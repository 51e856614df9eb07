package dev.keel.workflows.approvals;

import io.temporal.activity.ActivityInterface;

/** Side effects of {@link ApprovalWorkflow}; every method is idempotent, keyed by the approval id. */
@ActivityInterface(namePrefix = "Approval")
public interface ApprovalActivities {
    /**
     * Sends the approval's Telegram message at most once per approval: the message id is stored right after
     * sending and a retry returns it without sending again. Not configured: {@code sent=false}, nothing sent.
     * Telegram 4xx (not 429): non-retryable UPSTREAM_REJECTED; 429, 5xx and I/O errors: retryable.
     */
    TelegramReceipt sendTelegram(ApprovalRef ref);

    /**
     * Writes the outcome with a conditional update ({@code WHERE status = 'pending'}), the run index status
     * and a "decided" event (dedupe key "decided"). Returns false when the row had already been decided.
     */
    boolean recordOutcome(ApprovalOutcome outcome);

    /** Edits the stored Telegram message to show the outcome; a no-op when no message was sent. */
    void announceOutcome(ApprovalOutcome outcome);
}
