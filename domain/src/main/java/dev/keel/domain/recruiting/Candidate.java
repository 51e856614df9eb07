package dev.keel.domain.recruiting;

/** A stored candidate of one organization. */
public record Candidate(long id, long orgId, CandidateFields fields) {
}
