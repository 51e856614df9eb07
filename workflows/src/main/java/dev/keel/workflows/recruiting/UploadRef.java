package dev.keel.workflows.recruiting;

/** A stored intake upload (prompt, job req or resume) of one organization. */
public record UploadRef(long orgId, long uploadId) {
}
