package dev.keel.workflows.approvals;

/** The final decision on a governance request; {@code approvedBy} is "auto", "timeout" or the user. */
public record GovernanceOutcome(String requestId, long orgId, boolean approved, String approvedBy, String method) {
}
