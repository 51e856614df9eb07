package dev.keel.domain.autopack.storage;

import java.time.Instant;

public record LearnedRule(long id, Instant createdAt, String patternType, String patternValue,
                          String suggestedCategory, double confidenceScore, int basedOnApprovals,
                          int basedOnRejections, String samplePaths, String status, String reviewedBy,
                          Instant reviewedAt, String description, String notes) {
}
