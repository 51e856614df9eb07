package dev.keel.api.autopack.storage;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.storage.CleanupCandidates;
import dev.keel.domain.autopack.storage.StorageRecommendation;
import dev.keel.domain.autopack.storage.StorageRecommendations;
import dev.keel.domain.autopack.storage.StorageScan;
import dev.keel.domain.autopack.storage.StorageScans;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations from the organization's completed scans in the lookback window. */
@RestController
@Tag(name = "autopack")
public class RecommendationsController {
    private static final double GB = 1024.0 * 1024 * 1024;

    private final StorageScans scans;
    private final CleanupCandidates candidates;

    public RecommendationsController(StorageScans scans, CleanupCandidates candidates) {
        this.scans = scans;
        this.candidates = candidates;
    }

    record RecommendationResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
            "insufficient_data", "growth_alert", "recurring_waste", "policy_adjustment", "top_consumers"}) String type,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String priority,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> evidence,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String action,
                                  Long potentialSavingsBytes, Double potentialSavingsGb) {
        static RecommendationResponse of(StorageRecommendation r) {
            return new RecommendationResponse(r.type(), r.priority(), r.title(), r.description(), r.evidence(),
                    r.action(), r.potentialSavingsBytes(),
                    r.potentialSavingsBytes() == null ? null : Math.round(r.potentialSavingsBytes() / GB * 100) / 100.0);
        }
    }

    record ScanStatistics(int scanCount, long dateRangeDays, long totalCandidates, double totalPotentialSavingsGb) {
    }

    record RecommendationsListResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RecommendationResponse> recommendations,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ScanStatistics scanStatistics) {
    }

    @GetMapping("/storage/recommendations")
    public RecommendationsListResponse recommendations(Caller caller,
            @Parameter(schema = @Schema(minimum = "1", maximum = "50", defaultValue = "10"))
            @RequestParam(name = "max_recommendations", defaultValue = "10") int max,
            @Parameter(schema = @Schema(minimum = "1", maximum = "3650", defaultValue = "90"))
            @RequestParam(name = "lookback_days", defaultValue = "90") int lookbackDays) {
        if (max < 1 || max > 50) {
            throw ApiException.unprocessable("max_recommendations must be between 1 and 50");
        }
        if (lookbackDays < 1 || lookbackDays > 3650) {
            throw ApiException.unprocessable("lookback_days must be between 1 and 3650");
        }
        List<StorageScan> history = scans.completedSince(caller.orgId(),
                Instant.now().minus(Duration.ofDays(lookbackDays)));
        var found = history.isEmpty() ? List.<dev.keel.domain.autopack.storage.CleanupCandidate>of()
                : candidates.ofScans(caller.orgId(), history.stream().map(StorageScan::id).toList(), 50_000);
        long range = history.size() < 2 ? 0 : Duration.between(history.get(0).createdAt(),
                history.get(history.size() - 1).createdAt()).toDays();
        long savings = history.stream().mapToLong(StorageScan::potentialSavingsBytes).sum();
        long total = history.stream().mapToLong(StorageScan::candidatesCount).sum();
        return new RecommendationsListResponse(
                StorageRecommendations.of(history, found, max).stream().map(RecommendationResponse::of).toList(),
                new ScanStatistics(history.size(), range, total, Math.round(savings / GB * 100) / 100.0));
    }
}
