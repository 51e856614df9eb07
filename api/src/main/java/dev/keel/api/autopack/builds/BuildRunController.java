package dev.keel.api.autopack.builds;

import dev.keel.api.approvals.RequestRateLimiter;
import dev.keel.api.identity.Caller;
import dev.keel.api.identity.ClientAddress;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Autopack build runs (seed 003): start one, read it. Runs belong to the caller's organization. */
@RestController
@Tag(name = "autopack")
public class BuildRunController {
    static final int STARTS_PER_MINUTE = 10;

    private final BuildRunStarter starter;
    private final BuildRuns runs;
    private final RequestRateLimiter limiter;
    private final ClientAddress clientAddress;

    public BuildRunController(BuildRunStarter starter, BuildRuns runs, RequestRateLimiter limiter,
                              ClientAddress clientAddress) {
        this.starter = starter;
        this.runs = runs;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
    }

    /**
     * Stores the run (RUN_CREATED), its tiers (PENDING) and phases (QUEUED) and starts its BuildRunWorkflow.
     * Caps given as null or 0 take the seed's defaults. 10 per minute per client address.
     */
    @PostMapping("/runs/start")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiError(status = 400, description = "The run exists already, or a phase references an unknown tier")
    @ApiError(status = 429, description = "More than 10 starts per minute from this address")
    public RunResponse start(Caller caller, @Valid @RequestBody RunStartBodies.RunStartRequest body,
                             HttpServletRequest http) {
        limiter.check("autopack-run-start:" + clientAddress.of(http), STARTS_PER_MINUTE);
        starter.start(caller.orgId(), body);
        return view(caller, body.run().runId());
    }

    @GetMapping("/runs/{run_id}")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public RunResponse get(Caller caller, @PathVariable("run_id") String runId) {
        return view(caller, runId);
    }

    private RunResponse view(Caller caller, String runId) {
        StoredRun run = find(runs, caller, runId);
        return RunResponse.of(run, runs.tiers(run.id()), runs.phases(run.id()));
    }

    static StoredRun find(BuildRuns runs, Caller caller, String runId) {
        return runs.find(caller.orgId(), runId).orElseThrow(() -> ApiException.notFound("Run " + runId
                + " not found"));
    }
}
