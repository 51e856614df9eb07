package dev.keel.workflows.approvals;

/**
 * The final state of an approval. {@code status} is approved, rejected or timeout; on timeout
 * {@code approved} says which default applied.
 */
public record ApprovalOutcome(long approvalId, long orgId, String status, boolean approved, String method,
                              String decidedBy, String reason) {
}
