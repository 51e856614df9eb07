package dev.keel.api.studio.runs;

import dev.keel.domain.studio.runs.RunAggregate;
import dev.keel.domain.studio.runs.RunMetrics;
import dev.keel.domain.studio.runs.Stats;
import dev.keel.domain.studio.runs.StudioResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The benchmark leaderboard: successful runs per model, ranked by average output speed (seeds/README.md). */
final class Leaderboards {
    private Leaderboards() {
    }

    /** One model's row. */
    public record LeaderboardEntry(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String model,
                                   String provider, String modelId, Double avgTps, Double avgTtftMs, Double avgCost,
                                   Double avgOutputSpeedTps, Double avgItlMs, int totalRuns, String lastRun,
                                   String confidenceLevel) {
    }

    static List<LeaderboardEntry> of(List<StudioResult> results) {
        Map<String, List<StudioResult>> byModel = new LinkedHashMap<>();
        for (StudioResult r : results) {
            if (r.success()) {
                byModel.computeIfAbsent(r.providerKey() + "\u0000" + r.modelId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (List<StudioResult> runs : byModel.values()) {
            StudioResult first = runs.get(0);
            List<Double> tps = runs.stream().map(StudioResult::tokensPerSecond).toList();
            Instant last = runs.stream().map(StudioResult::createdAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            entries.add(new LeaderboardEntry(first.model(), first.provider(), first.modelId(), r2(Stats.mean(tps)),
                    r2(Stats.mean(runs.stream().map(StudioResult::ttftMs).toList())),
                    RunMetrics.round(Stats.mean(runs.stream().map(StudioResult::cost).toList()), 8),
                    avg(runs.stream().map(StudioResult::outputSpeedTps).toList()),
                    avg(runs.stream().map(StudioResult::itlMs).toList()), runs.size(), HistoryViews.timestamp(last),
                    RunAggregate.confidence(Stats.cvPercent(tps), runs.size())));
        }
        entries.sort(Comparator.comparing((LeaderboardEntry e) -> e.avgOutputSpeedTps() == null ? -1.0
                : e.avgOutputSpeedTps()).reversed());
        return entries;
    }

    private static Double avg(List<Double> values) {
        List<Double> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : r2(Stats.mean(present));
    }

    private static double r2(double value) {
        return RunMetrics.round(value, 2);
    }
}
