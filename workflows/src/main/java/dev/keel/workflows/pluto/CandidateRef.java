package dev.keel.workflows.pluto;

/** A Pluto candidate (UUID as text) of an organization. */
public record CandidateRef(long orgId, String candidateId) {
}
