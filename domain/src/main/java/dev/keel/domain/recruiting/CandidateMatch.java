package dev.keel.domain.recruiting;

/** One candidate ranked for a job; score 0..100, strategy "embedding", "openai" or "naive". */
public record CandidateMatch(long candidateId, String fullName, String currentTitle, String currentCompany,
                             String location, int score, String reason, String strategy) {
}
