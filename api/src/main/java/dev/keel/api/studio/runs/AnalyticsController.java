package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.runs.MetricComparison;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark analytics of the caller's runs: leaderboard, trends, and the comparison of two models with a 95 %
 * confidence interval per metric. (Pluto's POST /api/analytics/{room_name} shares the prefix; the methods differ.)
 */
@RestController
@Tag(name = "studio")
public class AnalyticsController {
    private final StudioResults results;
    private final RunComparisons runComparisons;

    public AnalyticsController(StudioResults results, RunComparisons runComparisons) {
        this.results = results;
        this.runComparisons = runComparisons;
    }

    /** {type, period, models}: benchmark models ranked by average output speed; tool_eval is empty until part 2. */
    public record StudioLeaderboard(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                    List<Leaderboards.LeaderboardEntry> models) {
    }

    public record TrendPoint(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timestamp, double value) {
    }

    public record TrendSeries(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String model,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TrendPoint> points) {
    }

    public record StudioTrends(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String metric,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TrendSeries> series) {
    }

    /** Two models' difference per metric (A minus B) with its 95 % interval (Welch) and whether it is significant. */
    public record ModelComparison(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modelA,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modelB,
                                  Integer contextTokens,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<MetricComparison> metrics) {
    }

    /** {@code runs=} gives the original's side-by-side runs; {@code models=A,B} the statistical comparison. */
    public record StudioCompare(String period, List<RunComparisons.ComparedRun> runs, ModelComparison comparison) {
    }

    @GetMapping("/api/analytics/leaderboard")
    @Operation(description = "Models ranked by average output speed over the period's successful runs")
    StudioLeaderboard leaderboard(Caller caller,
                                  @Parameter(schema = @Schema(allowableValues = {"benchmark", "tool_eval"}))
                                  @RequestParam(defaultValue = "benchmark") String type,
                                  @Parameter(schema = @Schema(allowableValues = {"7d", "30d", "90d", "all"}))
                                  @RequestParam(defaultValue = "all") String period) {
        AnalyticsPeriod p = AnalyticsPeriod.parse(period);
        return new StudioLeaderboard(type, p.name(), board(caller, type, p));
    }

    List<Leaderboards.LeaderboardEntry> board(Caller caller, String type, AnalyticsPeriod period) {
        if (!"benchmark".equals(type) && !"tool_eval".equals(type)) {
            throw ApiException.unprocessable("type must be benchmark or tool_eval");
        }
        if ("tool_eval".equals(type)) {
            return List.of();
        }
        return Leaderboards.of(results.ofUser(caller.orgId(), StudioCallers.userId(caller), period.since()));
    }

    @GetMapping("/api/analytics/trends")
    @Operation(description = "One point per run and model (display name or model id), oldest first")
    StudioTrends trends(Caller caller, @RequestParam(required = false) String models,
                        @Parameter(schema = @Schema(allowableValues = {"tps", "ttft"}))
                        @RequestParam(defaultValue = "tps") String metric,
                        @Parameter(schema = @Schema(allowableValues = {"7d", "30d", "90d", "all"}))
                        @RequestParam(defaultValue = "all") String period) {
        List<String> names = names(models, "models parameter is required (comma-separated)");
        if (!"tps".equals(metric) && !"ttft".equals(metric)) {
            throw ApiException.unprocessable("metric must be tps or ttft");
        }
        AnalyticsPeriod p = AnalyticsPeriod.parse(period);
        List<StudioResult> all = results.ofUser(caller.orgId(), StudioCallers.userId(caller), p.since());
        List<TrendSeries> series = new ArrayList<>();
        for (String name : names) {
            Map<String, List<StudioResult>> byRun = new LinkedHashMap<>();
            all.stream().filter(r -> r.success() && (name.equals(r.model()) || name.equals(r.modelId())))
                    .forEach(r -> byRun.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(r));
            List<TrendPoint> points = byRun.values().stream().map(rs -> new TrendPoint(
                    HistoryViews.timestamp(rs.get(0).createdAt()),
                    round(rs.stream().mapToDouble(r -> "tps".equals(metric) ? r.tokensPerSecond() : r.ttftMs())
                            .average().orElse(0)))).toList();
            if (!points.isEmpty()) {
                series.add(new TrendSeries(name, points));
            }
        }
        return new StudioTrends(metric, p.name(), series);
    }

    @GetMapping("/api/analytics/compare")
    @Operation(description = "runs=id1,id2[,..4]: the runs side by side (the original). models=A,B: for each metric "
            + "the difference A - B over the period's successful runs with a 95 % confidence interval (Welch's t) "
            + "and whether it is significant; context_tokens narrows to one tier.")
    StudioCompare compare(Caller caller, @RequestParam(required = false) String runs,
                          @RequestParam(required = false) String models,
                          @RequestParam(name = "context_tokens", required = false) Integer contextTokens,
                          @Parameter(schema = @Schema(allowableValues = {"7d", "30d", "90d", "all"}))
                          @RequestParam(defaultValue = "all") String period) {
        AnalyticsPeriod p = AnalyticsPeriod.parse(period);
        if (runs != null && !runs.isBlank()) {
            List<String> ids = names(runs, "runs parameter is required");
            if (ids.size() < 2 || ids.size() > 4) {
                throw ApiException.unprocessable("Provide 2 to 4 run ids");
            }
            return new StudioCompare(p.name(), runComparisons.runs(caller, ids), null);
        }
        List<String> pair = names(models, "runs (2 to 4 run ids) or models (two models) is required");
        if (pair.size() != 2) {
            throw ApiException.unprocessable("models must name exactly two models (display name or model id)");
        }
        List<StudioResult> all = results.ofUser(caller.orgId(), StudioCallers.userId(caller), p.since()).stream()
                .filter(r -> r.success() && (contextTokens == null || r.contextTokens() == contextTokens)).toList();
        List<StudioResult> a = all.stream().filter(r -> matches(r, pair.get(0))).toList();
        List<StudioResult> b = all.stream().filter(r -> matches(r, pair.get(1))).toList();
        List<MetricComparison> metrics = List.of(
                metric("output_speed_tps", a, b, StudioResult::outputSpeedTps),
                metric("tokens_per_second", a, b, StudioResult::tokensPerSecond),
                metric("ttft_ms", a, b, StudioResult::ttftMs),
                metric("itl_ms", a, b, StudioResult::itlMs),
                metric("total_time_s", a, b, StudioResult::totalTimeS),
                metric("cost", a, b, StudioResult::cost));
        return new StudioCompare(p.name(), null, new ModelComparison(pair.get(0), pair.get(1), contextTokens, metrics));
    }

    private static MetricComparison metric(String name, List<StudioResult> a, List<StudioResult> b,
                                           Function<StudioResult, Double> value) {
        return MetricComparison.welch(name, a.stream().map(value).filter(v -> v != null).toList(),
                b.stream().map(value).filter(v -> v != null).toList());
    }

    private static boolean matches(StudioResult r, String name) {
        return name.equals(r.modelId()) || name.equals(r.model());
    }

    private static List<String> names(String csv, String missing) {
        if (csv == null || csv.isBlank()) {
            throw ApiException.unprocessable(missing);
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
