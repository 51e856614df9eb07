package dev.keel.api.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowKind;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization's workflow runs, from Keel's run index. */
@RestController
public class RunController {
    private final RunIndex runs;
    private final RunViews views;

    public RunController(RunIndex runs, RunViews views) {
        this.runs = runs;
        this.views = views;
    }

    public record RunPage(List<RunView> items, long total, int limit, int offset) {
    }

    @GetMapping("/api/runs")
    RunPage list(Caller caller,
                 @Parameter(description = "A run kind, e.g. pluto-scoring (a 422 lists them all)")
                 @RequestParam(required = false) String kind,
                 @Parameter(description = "queued, running, waiting, completed, failed or cancelled")
                 @RequestParam(required = false) String status,
                 @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "50"))
                 @RequestParam(defaultValue = "50") int limit,
                 @Parameter(schema = @Schema(minimum = "0", defaultValue = "0"))
                 @RequestParam(defaultValue = "0") int offset) {
        if (kind != null && WorkflowKind.of(kind).isEmpty()) {
            throw ApiException.unprocessable("kind: unknown run kind '" + kind + "'; one of "
                    + Arrays.stream(WorkflowKind.values()).map(WorkflowKind::kind).toList());
        }
        if (status != null && RunStatus.parse(status).isEmpty()) {
            throw ApiException.unprocessable("status: unknown run status '" + status + "'; one of "
                    + Arrays.stream(RunStatus.values()).map(RunStatus::wire).toList());
        }
        if (limit < 1 || limit > 100) {
            throw ApiException.unprocessable("limit must be between 1 and 100");
        }
        if (offset < 0) {
            throw ApiException.unprocessable("offset cannot be negative");
        }
        List<RunView> items = runs.list(caller.orgId(), kind, status, limit, offset).stream().map(views::of).toList();
        return new RunPage(items, runs.count(caller.orgId(), kind, status), limit, offset);
    }

    @GetMapping("/api/runs/{runId}")
    RunView get(Caller caller, @PathVariable long runId) {
        return views.of(find(runs, caller.orgId(), runId));
    }

    static RunRecord find(RunIndex runs, long orgId, long runId) {
        return runs.find(orgId, runId).orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
    }
}
