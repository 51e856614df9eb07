package dev.keel.workflows.autopack.builds;

/** The approval row opened for a risky phase, and how its ApprovalWorkflow child must run. */
public record ApprovalTicket(long approvalId, boolean autoApproved, long timeoutSeconds, boolean approveOnTimeout) {
}
