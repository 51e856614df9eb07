package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioResults;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exports of the caller's benchmark data: history and leaderboard as CSV, one run as JSON. */
@RestController
@Tag(name = "studio")
public class ExportController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final StudioRuns runs;
    private final StudioResults results;
    private final AnalyticsController analytics;

    public ExportController(StudioRuns runs, StudioResults results, AnalyticsController analytics) {
        this.runs = runs;
        this.results = results;
        this.analytics = analytics;
    }

    @GetMapping(value = "/api/export/history", produces = "text/csv")
    @Operation(description = "Every result of the caller's runs, one row per call")
    @ApiResponse(responseCode = "200", description = "CSV: timestamp,prompt,model,provider,model_id,"
            + "tokens_per_second,ttft_ms,cost,context_tokens,output_tokens",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> history(Caller caller) {
        long userId = StudioCallers.userId(caller);
        List<StudioResult> all = results.ofUser(caller.orgId(), userId, null);
        Map<String, StudioRun> byId = runs.list(caller.orgId(), userId, null, 100_000, 0).stream()
                .collect(Collectors.toMap(StudioRun::id, r -> r));
        List<List<Object>> rows = new ArrayList<>();
        for (StudioResult r : all) {
            StudioRun run = byId.get(r.runId());
            rows.add(List.of(HistoryViews.timestamp(run == null ? r.createdAt() : run.createdAt()),
                    run == null ? "" : run.prompt(), r.model(), r.provider(), r.modelId(), r.tokensPerSecond(),
                    r.ttftMs(), r.cost(), r.contextTokens(), r.outputTokens()));
        }
        return csv("benchmark_history.csv", CsvCells.write(List.of("timestamp", "prompt", "model", "provider",
                "model_id", "tokens_per_second", "ttft_ms", "cost", "context_tokens", "output_tokens"), rows));
    }

    @GetMapping(value = "/api/export/leaderboard", produces = "text/csv")
    @Operation(description = "The leaderboard as CSV, named leaderboard_{type}_{period}.csv")
    @ApiResponse(responseCode = "200", description = "CSV: rank and the leaderboard fields",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> leaderboard(Caller caller,
                                       @Parameter(schema = @Schema(allowableValues = {"benchmark", "tool_eval"}))
                                       @RequestParam(defaultValue = "benchmark") String type,
                                       @Parameter(schema = @Schema(allowableValues = {"7d", "30d", "90d", "all"}))
                                       @RequestParam(defaultValue = "all") String period) {
        AnalyticsPeriod p = AnalyticsPeriod.parse(period);
        List<Leaderboards.LeaderboardEntry> entries = analytics.board(caller, type, p);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Leaderboards.LeaderboardEntry e = entries.get(i);
            rows.add(java.util.Arrays.asList(i + 1, e.model(), e.provider(), e.modelId(), e.avgTps(), e.avgTtftMs(),
                    e.avgCost(), e.avgOutputSpeedTps(), e.avgItlMs(), e.totalRuns(), e.lastRun()));
        }
        return csv("leaderboard_" + type + "_" + p.name() + ".csv", CsvCells.write(List.of("rank", "model",
                "provider", "model_id", "avg_tps", "avg_ttft_ms", "avg_cost", "avg_output_speed_tps", "avg_itl_ms",
                "total_runs", "last_run"), rows));
    }

    @GetMapping("/api/export/run/{run_id}")
    @Operation(description = "One run as a JSON attachment (the seed's format): results, aggregates and request")
    ResponseEntity<HistoryViews.StudioRunDetail> run(Caller caller, @PathVariable("run_id") String runId) {
        StudioRun run = runs.findOwned(caller.orgId(), StudioCallers.userId(caller), runId)
                .orElseThrow(() -> ApiException.notFound("Run not found"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"benchmark_" + run.id() + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(HistoryViews.detail(run, results.ofRun(run.id())));
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(CSV)
                .body(body);
    }
}
