package dev.keel.api.autopack.storage;

import dev.keel.domain.autopack.storage.CleanupCandidate;
import dev.keel.domain.autopack.storage.CleanupCandidates;
import dev.keel.domain.autopack.storage.StorageScan;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Answers of the scan endpoints, shaped as the original's StorageScanResponse and friends. */
final class StorageViews {
    private StorageViews() {
    }

    record StorageScanResponse(
            long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant timestamp,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String scanType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String scanTarget,
            long totalItemsScanned,
            long totalSizeBytes,
            long cleanupCandidatesCount,
            long potentialSavingsBytes,
            Double scanDurationSeconds,
            String createdBy,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"running", "completed", "failed"})
            String status,
            String error) {
        static StorageScanResponse of(StorageScan s) {
            return new StorageScanResponse(s.id(), s.createdAt(), s.scanType(), s.scanTarget(), s.totalItemsScanned(),
                    s.totalSizeBytes(), s.candidatesCount(), s.potentialSavingsBytes(), s.durationSeconds(),
                    s.createdBy(), s.status(), s.error());
        }
    }

    record CleanupCandidateResponse(long id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String path,
                                    long sizeBytes, Integer ageDays,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
                                    boolean requiresApproval,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                            allowableValues = {"pending", "approved", "rejected", "deferred"})
                                    String approvalStatus,
                                    String approvedBy, Instant approvedAt, String executionStatus, boolean compressed,
                                    String compressedPath, Double compressionRatio) {
        static CleanupCandidateResponse of(CleanupCandidate c) {
            return new CleanupCandidateResponse(c.id(), c.path(), c.sizeBytes(), c.ageDays(), c.category(), c.reason(),
                    c.requiresApproval(), c.approvalStatus(), c.approvedBy(), c.approvedAt(), c.executionStatus(),
                    false, null, null);
        }
    }

    record CategoryStatsResponse(long count, long totalSizeBytes, long approvedCount, long approvedSizeBytes) {
        static CategoryStatsResponse of(CleanupCandidates.CategoryStats s) {
            return new CategoryStatsResponse(s.count(), s.totalSizeBytes(), s.approvedCount(), s.approvedSizeBytes());
        }
    }

    record StorageScanDetailResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) StorageScanResponse scan,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     List<CleanupCandidateResponse> candidates,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     Map<String, CategoryStatsResponse> statsByCategory) {
    }

    record StorageApprovalResponse(long approvalId, long scanId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String decision,
                                   int totalCandidates, long totalSizeBytes,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String approvedBy,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant approvedAt) {
    }
}
