package dev.keel.domain.autopack.storage;

/** A file the policy classified as deletable, found by a walk (path relative to the configured root). */
public record NewCandidate(String path, long sizeBytes, Integer ageDays, String category, String reason) {
}
