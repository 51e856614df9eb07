package dev.keel.workflows.approvals;

/** Identifies an approval row; every activity query is scoped by the org. */
public record ApprovalRef(long approvalId, long orgId) {
}
