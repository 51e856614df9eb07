package dev.keel.workflows.approvals;

/** Query snapshot of an approval workflow: status pending until decided, then the outcome's status. */
public record ApprovalState(String status, String method, boolean telegramSent, Long telegramMessageId) {
}
