package dev.keel.domain.approvals;

import java.time.Instant;

/**
 * One governance_requests row; requested_paths is raw JSON text. Pending while {@code approved} is null and
 * it was not closed ({@code closedStatus} cancelled or error, with {@code closedReason}).
 */
public record GovernanceRecord(
        String requestId, long orgId, String runId, String phaseId, String requestedPaths, String justification,
        String riskLevel, boolean autoApproved, Boolean approved, String approvedBy, Instant createdAt,
        Instant decidedAt, Long telegramMessageId, String workflowId, String closedStatus,
        String closedReason) {

    public boolean pending() {
        return approved == null && closedStatus == null;
    }

    /** pending, approved, denied, cancelled or error. */
    public String status() {
        if (closedStatus != null) {
            return closedStatus;
        }
        return approved == null ? "pending" : approved ? "approved" : "denied";
    }
}
