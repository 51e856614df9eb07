package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.runs.StudioResults;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's benchmark history (their own runs only). */
@RestController
@Tag(name = "studio")
public class HistoryController {
    private final StudioRuns runs;
    private final StudioResults results;

    public HistoryController(StudioRuns runs, StudioResults results) {
        this.runs = runs;
        this.results = results;
    }

    /** The original's list: newest first, 50 a page. */
    public record StudioHistoryPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                    List<HistoryViews.StudioHistoryRun> runs) {
    }

    /** The original's delete reply. */
    public record StudioDeleted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status) {
    }

    @GetMapping("/api/history")
    @Operation(description = "The caller's benchmark runs, newest first")
    StudioHistoryPage list(Caller caller,
                           @Parameter(schema = @Schema(minimum = "1", maximum = "200", defaultValue = "50"))
                           @RequestParam(defaultValue = "50") int limit,
                           @Parameter(schema = @Schema(minimum = "0", defaultValue = "0"))
                           @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.unprocessable("limit must be between 1 and 200 and offset at least 0");
        }
        long userId = StudioCallers.userId(caller);
        return new StudioHistoryPage(runs.list(caller.orgId(), userId, null, limit, offset).stream()
                .map(run -> HistoryViews.run(run, results.ofRun(run.id()))).toList());
    }

    @GetMapping("/api/history/{run_id}")
    @Operation(description = "One run with its results, aggregates and request")
    HistoryViews.StudioRunDetail get(Caller caller, @PathVariable("run_id") String runId) {
        StudioRun run = owned(caller, runId);
        return HistoryViews.detail(run, results.ofRun(run.id()));
    }

    @DeleteMapping("/api/history/{run_id}")
    @Operation(description = "Deletes a finished run and its results")
    @ApiError(status = 409, description = "The run is still running: cancel it first")
    StudioDeleted delete(Caller caller, @PathVariable("run_id") String runId) {
        StudioRun run = owned(caller, runId);
        if (StudioRun.RUNNING.equals(run.status())) {
            throw ApiException.conflict("The benchmark is still running: cancel it first");
        }
        runs.delete(caller.orgId(), run.userId(), run.id());
        return new StudioDeleted("ok");
    }

    private StudioRun owned(Caller caller, String runId) {
        return runs.findOwned(caller.orgId(), StudioCallers.userId(caller), runId)
                .orElseThrow(() -> ApiException.notFound("Run not found"));
    }
}
