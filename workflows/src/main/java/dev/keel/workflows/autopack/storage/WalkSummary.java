package dev.keel.workflows.autopack.storage;

/** Totals of a finished walk, as committed: files counted, their bytes, batches, and whether max_items cut it. */
public record WalkSummary(long itemsScanned, long totalSizeBytes, int batches, boolean truncated) {
}
