package dev.keel.api.studio.runs;

import dev.keel.domain.studio.runs.RunAggregate;
import dev.keel.domain.studio.runs.RunSummaries;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.TargetRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The history shapes of the original (section 11): runs with their per-call results, plus per-model aggregates. */
final class HistoryViews {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HistoryViews() {
    }

    /** One measured call, as the SSE {@code result} event. */
    public record StudioResultView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
                                   String provider, String providerKey, String model, String modelId, int run,
                                   int contextTokens, double ttftMs, double totalTimeS, int outputTokens,
                                   int inputTokens, double tokensPerSecond, Double inputTokensPerSecond,
                                   Double outputSpeedTps, Double itlMs, double cost, boolean success, String error) {
    }

    /** A run: the original's fields, its status and per-model aggregates ({@code summary}). */
    public record StudioHistoryRun(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timestamp,
                                   String prompt, List<Integer> contextTiers, List<StudioResultView> results,
                                   @Schema(description = "JSON text, e.g. {\"source\":\"schedule\",...}; null for"
                                           + " a run started by hand") String metadata,
                                   String status, Integer total, String error, List<RunAggregate> summary) {
    }

    /** The request a run was started with. */
    public record StudioRunConfig(int maxTokens, double temperature, int runs, boolean warmup, int timeout,
                                  List<Integer> contextTiers, List<TargetRef> targets,
                                  Map<String, Object> providerParams) {
    }

    /** GET /api/history/{run_id} and the run export: the run, its owner and its request. */
    public record StudioRunDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timestamp,
                                  long userId, String prompt, List<Integer> contextTiers,
                                  List<StudioResultView> results, String metadata, String status, Integer total,
                                  String error, List<RunAggregate> summary, StudioRunConfig config) {
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }

    static StudioResultView result(StudioResult r) {
        return new StudioResultView("result", r.provider(), r.providerKey(), r.model(), r.modelId(), r.runIndex(),
                r.contextTokens(), r.ttftMs(), r.totalTimeS(), r.outputTokens(), r.inputTokens(), r.tokensPerSecond(),
                r.inputTokensPerSecond(), r.outputSpeedTps(), r.itlMs(), r.cost(), r.success(), r.error());
    }

    static StudioHistoryRun run(StudioRun run, List<StudioResult> results) {
        return new StudioHistoryRun(run.id(), timestamp(run.createdAt()), run.prompt(), run.contextTiers(),
                results.stream().map(HistoryViews::result).toList(), run.metadataJson(), run.status(), run.total(),
                run.error(), RunSummaries.of(results));
    }

    static StudioRunDetail detail(StudioRun run, List<StudioResult> results) {
        Map<String, Object> params = run.providerParamsJson() == null ? null
                : JSON.readValue(run.providerParamsJson(), new TypeReference<Map<String, Object>>() { });
        return new StudioRunDetail(run.id(), timestamp(run.createdAt()), run.userId(), run.prompt(),
                run.contextTiers(), results.stream().map(HistoryViews::result).toList(), run.metadataJson(),
                run.status(), run.total(), run.error(), RunSummaries.of(results),
                new StudioRunConfig(run.maxTokens(), run.temperature(), run.runs(), run.warmup(),
                        run.timeoutSeconds(), run.contextTiers(), run.targets(), params));
    }
}
