package dev.keel.workflows.recruiting;

/** Create the job of intake {@code workflowId} (the idempotency key). */
public record CreateJobRequest(long orgId, Long userId, String workflowId, JobDraft draft) {
}
