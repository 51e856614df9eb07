package dev.keel.domain.recruiting;

/** A prompt or uploaded file an intake workflow works on; the workflow payload carries only its id. */
public record IntakeUpload(long id, long orgId, String kind, String filename, String contentType, byte[] content,
                           String notes, String text) {
}
