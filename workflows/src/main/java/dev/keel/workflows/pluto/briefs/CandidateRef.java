package dev.keel.workflows.pluto.briefs;

/** A Pluto candidate (UUID as text) of an organization. */
public record CandidateRef(long orgId, String candidateId) {
}
