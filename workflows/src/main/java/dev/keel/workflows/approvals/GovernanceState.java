package dev.keel.workflows.approvals;

/** Query snapshot: status pending, approved or denied, and who decided. */
public record GovernanceState(String status, String approvedBy) {
}
