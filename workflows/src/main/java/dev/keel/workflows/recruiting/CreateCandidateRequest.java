package dev.keel.workflows.recruiting;

/** Create the candidate of intake {@code workflowId} (the idempotency key); recruiter notes come from the upload. */
public record CreateCandidateRequest(long orgId, long uploadId, String workflowId, CandidateDraft draft) {
}
