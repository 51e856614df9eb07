package dev.keel.domain.approvals;

import java.time.Instant;

/** One approvals row; decision_info and deletion_info are raw JSON text. */
public record ApprovalRecord(
        long id, long orgId, String runId, String phaseId, String context, String decisionInfo, String deletionInfo,
        String status, String responseMethod, String approvalReason, String rejectedReason, String decidedBy,
        Instant requestedAt, Instant respondedAt, Instant timeoutAt, boolean telegramSent, Long telegramMessageId,
        String telegramError, String workflowId) {

    public boolean pending() {
        return "pending".equals(status);
    }
}
