package dev.keel.domain.autopack.storage;

import java.time.Instant;

public record CleanupCandidate(
        long id,
        long scanId,
        String path,
        long sizeBytes,
        Integer ageDays,
        String category,
        String reason,
        boolean requiresApproval,
        String approvalStatus,
        String approvedBy,
        Instant approvedAt,
        String executionStatus) {
}
