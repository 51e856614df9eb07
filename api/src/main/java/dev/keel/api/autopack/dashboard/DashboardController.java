package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.KillSwitches;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Autopack dashboard reads of a build run, within the caller's organization. */
@RestController
@Tag(name = "autopack")
public class DashboardController {
    private final BuildRuns runs;
    private final KillSwitches switches;

    public DashboardController(BuildRuns runs, KillSwitches switches) {
        this.runs = runs;
        this.switches = switches;
    }

    /**
     * Checked in the seed's order: kill switch off 503, then pagination 400, then the run 404. Pagination is
     * validated only (the answer is one aggregate), as the seed.
     */
    @GetMapping("/dashboard/runs/{run_id}/consolidated-metrics")
    @ApiError(status = 400, description = "limit above 10000 or a negative offset")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    @ApiError(status = 503, description = "AUTOPACK_ENABLE_CONSOLIDATED_METRICS is not 1")
    public ConsolidatedMetrics consolidated(Caller caller, @PathVariable("run_id") String runId,
                                            @RequestParam(value = "limit", defaultValue = "1000") int limit,
                                            @RequestParam(value = "offset", defaultValue = "0") int offset) {
        if (!Boolean.TRUE.equals(switches.enableConsolidatedMetrics())) {
            throw ApiException.unavailable("Consolidated metrics disabled. Set AUTOPACK_ENABLE_CONSOLIDATED_METRICS=1"
                    + " to enable.");
        }
        if (limit > 10_000) {
            throw ApiException.badRequest("Limit cannot exceed 10000");
        }
        if (offset < 0) {
            throw ApiException.badRequest("Offset cannot be negative");
        }
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run not found: " + runId));
        var phases = runs.phases(run.id());
        int completed = (int) phases.stream().filter(p -> p.state().equals("COMPLETE")).count();
        return new ConsolidatedMetrics(runId, run.tokensUsed(), 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null,
                phases.size(), completed);
    }

    @GetMapping("/dashboard/runs/{run_id}/status")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public DashboardRunStatus status(Caller caller, @PathVariable("run_id") String runId) {
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
        return DashboardRunStatus.of(run, runs.tiers(run.id()), runs.phases(run.id()));
    }
}
