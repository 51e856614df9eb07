package dev.keel.domain.recruiting;

/** One job ranked for a candidate; score 0..100, strategy "embedding", "openai" or "naive". */
public record JobMatch(long jobId, String title, String location, String status, int score, String reason,
                       String strategy) {
}
