package dev.keel.api.autopack.errors;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.domain.autopack.dashboard.ErrorReport;
import dev.keel.domain.autopack.dashboard.ErrorReports;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Error reports of a build run of the caller's organization (404 for a run of another organization). */
@RestController
@Tag(name = "autopack")
public class RunErrorsController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLATFORM = System.getProperty("os.name") + " (Java " + Runtime.version().feature()
            + ")";

    private final BuildRuns runs;
    private final ErrorReports reports;

    public RunErrorsController(BuildRuns runs, ErrorReports reports) {
        this.runs = runs;
        this.reports = reports;
    }

    @GetMapping("/runs/{run_id}/errors")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public ErrorViews.RunErrors errors(Caller caller, @PathVariable("run_id") String runId) {
        List<ErrorViews.ErrorEntry> entries = entries(caller, runId);
        return new ErrorViews.RunErrors(runId, entries.size(), entries);
    }

    /** The original's text: a header, then per report its time, type, component, operation and 200 characters. */
    @GetMapping("/runs/{run_id}/errors/summary")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public ErrorViews.ErrorSummary summary(Caller caller, @PathVariable("run_id") String runId) {
        List<ErrorViews.ErrorEntry> entries = entries(caller, runId);
        if (entries.isEmpty()) {
            return new ErrorViews.ErrorSummary(runId, "No errors reported for run " + runId);
        }
        List<String> lines = new ArrayList<>(List.of("ERROR SUMMARY FOR RUN: " + runId,
                "Total Errors: " + entries.size(), "=".repeat(80), ""));
        for (int i = 0; i < entries.size(); i++) {
            ErrorViews.ErrorEntry e = entries.get(i);
            String message = e.errorMessage();
            lines.add((i + 1) + ". [" + e.timestamp() + "] " + e.errorType());
            lines.add("   Component: " + e.component());
            lines.add("   Operation: " + e.operation());
            lines.add("   Message: " + (message.length() > 200 ? message.substring(0, 200) : message));
            lines.add("");
        }
        return new ErrorViews.ErrorSummary(runId, String.join("\n", lines));
    }

    private List<ErrorViews.ErrorEntry> entries(Caller caller, String runId) {
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
        return reports.of(run.id()).stream().map(r -> entry(runId, r)).toList();
    }

    private static ErrorViews.ErrorEntry entry(String runId, ErrorReport r) {
        Map<String, Object> context = JSON.readValue(r.contextJson(), new TypeReference<Map<String, Object>>() { });
        return new ErrorViews.ErrorEntry(r.createdAt(), r.errorType(), r.errorMessage(), runId, r.phaseId(),
                r.component(), r.operation(), null, List.of(), context, null, PLATFORM);
    }
}
