package dev.keel.domain.recruiting;

public record JobMatch(long jobId, String title, String location, String status, int score, String reason,
                       String strategy) {
}
