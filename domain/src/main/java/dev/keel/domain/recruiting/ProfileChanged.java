package dev.keel.domain.recruiting;

/**
 * Published (as a Spring application event, after the transaction commits) whenever a job or candidate
 * is created, changed or deleted, so that derived data such as embeddings can follow.
 */
public record ProfileChanged(long orgId, Kind kind, long id, boolean deleted) {
    public enum Kind { JOB, CANDIDATE }
}
