package dev.keel.domain.approvals;

import java.time.Instant;

/** One governance_requests row; requested_paths is raw JSON text; {@code approved} null means pending. */
public record GovernanceRecord(
        String requestId, long orgId, String runId, String phaseId, String requestedPaths, String justification,
        String riskLevel, boolean autoApproved, Boolean approved, String approvedBy, Instant createdAt,
        Instant decidedAt, Long telegramMessageId, String workflowId) {

    public boolean pending() {
        return approved == null;
    }
}
