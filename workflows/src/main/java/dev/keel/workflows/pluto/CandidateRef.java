package dev.keel.workflows.pluto;

/** One Pluto candidate (pluto_candidates.id). */
public record CandidateRef(long orgId, String candidateId) {
}
