package dev.keel.domain.approvals;

import java.time.Instant;

/** What the API inserts for a new approval; JSON fields as text. */
public record NewApproval(String runId, String phaseId, String context, String decisionInfo, String deletionInfo,
                          String status, String responseMethod, String approvalReason, String decidedBy,
                          Instant respondedAt, Instant timeoutAt) {
}
