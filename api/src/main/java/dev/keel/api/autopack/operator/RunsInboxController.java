package dev.keel.api.autopack.operator;

import dev.keel.api.autopack.operator.OperatorViews.InboxPage;
import dev.keel.api.autopack.operator.OperatorViews.Progress;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRunInbox;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredPhase;
import dev.keel.domain.autopack.builds.StoredRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** The operator's runs inbox and per-run progress (seed 003 §10), within the caller's organization. */
@RestController
@Tag(name = "autopack")
public class RunsInboxController {
    private final BuildRunInbox inbox;
    private final BuildRuns runs;
    private final ReadAccess access;

    public RunsInboxController(BuildRunInbox inbox, BuildRuns runs, ReadAccess access) {
        this.inbox = inbox;
        this.runs = runs;
        this.access = access;
    }

    /** Newest first; limit clamped to 1..100, offset to 0 and more. One query for the page, one for the total. */
    @GetMapping("/runs")
    @ApiError(status = 403, description = "Operator reads require the X-API-Key here")
    public InboxPage list(Caller caller, @RequestParam(value = "limit", defaultValue = "20") int limit,
                          @RequestParam(value = "offset", defaultValue = "0") int offset) {
        access.check(caller);
        int l = Math.max(1, Math.min(100, limit));
        int o = Math.max(0, offset);
        return new InboxPage(inbox.page(caller.orgId(), l, o).stream().map(OperatorViews.InboxRun::of).toList(),
                inbox.count(caller.orgId()), l, o);
    }

    @GetMapping("/runs/{run_id}/progress")
    @ApiError(status = 403, description = "Operator reads require the X-API-Key here")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public Progress progress(Caller caller, @PathVariable("run_id") String runId) {
        access.check(caller);
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
        List<StoredPhase> phases = runs.phases(run.id());
        Instant end = run.completedAt() == null ? Instant.now() : run.completedAt();
        return new Progress(run.runId(), run.state(), run.startedAt(), run.completedAt(),
                Duration.between(run.startedAt(), end).toMillis() / 1000.0, run.tokensUsed(), run.tokenCap(),
                phases.size(), count(phases, "COMPLETE"), count(phases, "EXECUTING"), count(phases, "QUEUED"),
                phases.stream().map(p -> new OperatorViews.PhaseProgressView(p.phaseId(), p.name(), p.state(),
                        p.phaseIndex(), p.tokensUsed(), p.builderAttempts())).toList());
    }

    private static int count(List<StoredPhase> phases, String state) {
        return (int) phases.stream().filter(p -> p.state().equals(state)).count();
    }
}
