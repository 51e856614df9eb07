package dev.keel.domain.studio.schedules;

import dev.keel.domain.studio.runs.Stats;
import dev.keel.domain.studio.runs.StudioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Regressions of a run against earlier runs, per model: median TTFT up, or median output speed down, by more than
 * the threshold (percent). Only successful calls count; a model without a baseline is not compared.
 */
public final class Regressions {
    private Regressions() {
    }

    /** A metric that got worse: {@code changePct} is signed (positive = larger value now). */
    public record Regression(String modelId, String metric, double previous, double current, double changePct) {
    }

    public static List<Regression> find(List<StudioResult> current, List<StudioResult> previous, double thresholdPct) {
        List<Regression> found = new ArrayList<>();
        Map<String, List<StudioResult>> now = byModel(current);
        Map<String, List<StudioResult>> before = byModel(previous);
        now.forEach((model, results) -> {
            List<StudioResult> baseline = before.get(model);
            if (baseline == null) {
                return;
            }
            Double ttftNow = median(results, StudioResult::ttftMs);
            Double ttftBefore = median(baseline, StudioResult::ttftMs);
            if (ttftNow != null && ttftBefore != null && ttftBefore > 0) {
                double change = (ttftNow - ttftBefore) / ttftBefore * 100;
                if (change > thresholdPct) {
                    found.add(new Regression(model, ScheduleAlert.TTFT, ttftBefore, ttftNow, change));
                }
            }
            Double speedNow = median(results, StudioResult::outputSpeedTps);
            Double speedBefore = median(baseline, StudioResult::outputSpeedTps);
            if (speedNow != null && speedBefore != null && speedBefore > 0) {
                double change = (speedNow - speedBefore) / speedBefore * 100;
                if (-change > thresholdPct) {
                    found.add(new Regression(model, ScheduleAlert.OUTPUT_SPEED, speedBefore, speedNow, change));
                }
            }
        });
        return found;
    }

    private static Map<String, List<StudioResult>> byModel(List<StudioResult> results) {
        Map<String, List<StudioResult>> byModel = new LinkedHashMap<>();
        results.stream().filter(StudioResult::success)
                .forEach(r -> byModel.computeIfAbsent(r.modelId(), m -> new ArrayList<>()).add(r));
        return byModel;
    }

    private static Double median(List<StudioResult> results, Function<StudioResult, Double> metric) {
        List<Double> values = results.stream().map(metric).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : Stats.percentile(values, 50);
    }
}
