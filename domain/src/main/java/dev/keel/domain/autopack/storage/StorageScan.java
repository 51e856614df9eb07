package dev.keel.domain.autopack.storage;

import java.time.Instant;

/** One storage scan of an organization, with its committed walk position and running totals. */
public record StorageScan(
        long id,
        long orgId,
        String scanType,
        String scanTarget,
        int maxDepth,
        long maxItems,
        String status,
        String error,
        String createdBy,
        Instant createdAt,
        Instant completedAt,
        String walkCursor,
        long totalItemsScanned,
        long totalSizeBytes,
        int batchesCommitted,
        long candidatesCount,
        long potentialSavingsBytes) {

    public Double durationSeconds() {
        return completedAt == null ? null : (completedAt.toEpochMilli() - createdAt.toEpochMilli()) / 1000.0;
    }
}
