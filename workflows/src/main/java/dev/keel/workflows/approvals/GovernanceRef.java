package dev.keel.workflows.approvals;

/** Identifies a governance request row; every activity query is scoped by the org. */
public record GovernanceRef(String requestId, long orgId) {
}
