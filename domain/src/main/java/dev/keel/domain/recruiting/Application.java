package dev.keel.domain.recruiting;

/** A candidate in a job's pipeline; (job, candidate) is unique. */
public record Application(long id, long orgId, long jobId, long candidateId, ApplicationFields fields) {
}
