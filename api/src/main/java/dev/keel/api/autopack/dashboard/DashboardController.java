package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Autopack dashboard reads of a build run, within the caller's organization. */
@RestController
@Tag(name = "autopack")
public class DashboardController {
    private final BuildRuns runs;

    public DashboardController(BuildRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/dashboard/runs/{run_id}/status")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public DashboardRunStatus status(Caller caller, @PathVariable("run_id") String runId) {
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
        return DashboardRunStatus.of(run, runs.tiers(run.id()), runs.phases(run.id()));
    }
}
