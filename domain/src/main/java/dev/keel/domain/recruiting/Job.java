package dev.keel.domain.recruiting;

/** A stored job of one organization. */
public record Job(long id, long orgId, Long createdByUserId, JobFields fields) {
}
