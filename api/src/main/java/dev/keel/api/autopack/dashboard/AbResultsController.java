package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.dashboard.BuildRunComparisons;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A/B results of the caller's organization (the original no longer serves them; this follows its legacy
 * version): each build run compared with the previous run of the same plan, newest first.
 */
@RestController
@Tag(name = "autopack")
public class AbResultsController {
    private final BuildRunComparisons comparisons;

    public AbResultsController(BuildRunComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/dashboard/ab-results")
    @ApiError(status = 400, description = "limit above 1000 or below 1")
    public AbResults results(Caller caller, @RequestParam(value = "test_id", required = false) String testId,
                             @RequestParam(value = "valid_only", defaultValue = "true") boolean validOnly,
                             @RequestParam(value = "limit", defaultValue = "100") int limit) {
        if (limit > 1000) {
            throw ApiException.badRequest("Limit cannot exceed 1000");
        }
        if (limit < 1) {
            throw ApiException.badRequest("Limit must be at least 1");
        }
        List<AbResults.Result> results = comparisons.of(caller.orgId()).stream()
                .filter(c -> testId == null || c.testId().equals(testId))
                .filter(c -> !validOnly || c.valid())
                .limit(limit).map(AbResults.Result::of).toList();
        return new AbResults(results.size(), new AbResults.Filters(testId, validOnly), results);
    }
}
