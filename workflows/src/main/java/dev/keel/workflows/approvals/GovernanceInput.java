package dev.keel.workflows.approvals;

/**
 * Start argument of {@link GovernanceWorkflow}. The governance_requests row already exists;
 * {@code autoApproved} means the policy approved it at creation and the workflow only records that.
 */
public record GovernanceInput(String requestId, long orgId, boolean autoApproved, long timeoutSeconds,
                              boolean approveOnTimeout) {
}
