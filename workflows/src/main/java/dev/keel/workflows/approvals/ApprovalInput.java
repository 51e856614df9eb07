package dev.keel.workflows.approvals;

/**
 * Start argument of {@link ApprovalWorkflow}. The approvals row already exists (written by the API);
 * {@code autoApproved} means it was approved at request time and the workflow only records that.
 */
public record ApprovalInput(long approvalId, long orgId, boolean autoApproved, long timeoutSeconds,
                            boolean approveOnTimeout) {
}
