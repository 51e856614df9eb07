package dev.keel.domain.recruiting;

/**
 * One candidate ranked for a job; score 0..100, strategy "embedding", "openai" or "naive".
 * {@code embeddingPending}: the candidate has no embedding yet (it was just created or changed), so among
 * semantic matches it was scored by keywords ("naive").
 */
public record CandidateMatch(long candidateId, String fullName, String currentTitle, String currentCompany,
                             String location, int score, String reason, String strategy, boolean embeddingPending) {
    public CandidateMatch(long candidateId, String fullName, String currentTitle, String currentCompany,
                          String location, int score, String reason, String strategy) {
        this(candidateId, fullName, currentTitle, currentCompany, location, score, reason, strategy, false);
    }
}
