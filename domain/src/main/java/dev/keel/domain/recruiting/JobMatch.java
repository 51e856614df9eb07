package dev.keel.domain.recruiting;

/**
 * One job ranked for a candidate; score 0..100, strategy "embedding", "openai" or "naive".
 * {@code embeddingPending}: the job has no embedding yet, so among semantic matches it was scored by keywords.
 */
public record JobMatch(long jobId, String title, String location, String status, int score, String reason,
                       String strategy, boolean embeddingPending) {
    public JobMatch(long jobId, String title, String location, String status, int score, String reason,
                    String strategy) {
        this(jobId, title, location, status, score, reason, strategy, false);
    }
}
