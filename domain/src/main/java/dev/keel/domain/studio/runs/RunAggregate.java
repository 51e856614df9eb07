package dev.keel.domain.studio.runs;

import java.util.List;
import java.util.Objects;

/**
 * The aggregate of one model at one context tier (seeds/README.md, 001), over its successful runs: averages,
 * min/max/p50/p95 of tokens per second (p95 only from four runs, else the max), its sample std-dev (two runs
 * and more), TTFT p50/p95/p99, the coefficient of variation of TPS and the confidence it gives: high when
 * CV < 10 % with at least three runs, low when CV > 30 % or a single run, else medium.
 */
public record RunAggregate(String modelId, String model, String provider, int contextTokens, int runs,
                           int successCount, int errorCount, String error,
                           Double avgTokensPerSecond, Double minTokensPerSecond, Double maxTokensPerSecond,
                           Double p50TokensPerSecond, Double p95TokensPerSecond, Double stdDevTps, Double cvTps,
                           Double avgTtftMs, Double p50TtftMs, Double p95TtftMs, Double p99TtftMs,
                           Double avgTotalTimeS, Double avgInputTokensPerSecond, Double avgOutputSpeedTps,
                           Double avgItlMs, Double avgCost, String confidenceLevel) {

    /** One run as the aggregate needs it. */
    public record Sample(boolean success, double tokensPerSecond, double ttftMs, double totalTimeS,
                         Double inputTokensPerSecond, Double outputSpeedTps, Double itlMs, double cost, String error) {
    }

    public static RunAggregate of(String modelId, String model, String provider, int contextTokens,
                                  List<Sample> samples) {
        List<Sample> ok = samples.stream().filter(Sample::success).toList();
        int n = ok.size();
        String firstError = samples.stream().filter(s -> !s.success()).map(Sample::error)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (n == 0) {
            return new RunAggregate(modelId, model, provider, contextTokens, samples.size(), 0, samples.size(),
                    firstError, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        List<Double> tps = ok.stream().map(Sample::tokensPerSecond).toList();
        List<Double> ttft = ok.stream().map(Sample::ttftMs).toList();
        Double cv = Stats.cvPercent(tps);
        return new RunAggregate(modelId, model, provider, contextTokens, samples.size(), n, samples.size() - n,
                firstError, r(Stats.mean(tps)), r(min(tps)), r(max(tps)), r(Stats.percentile(tps, 50)),
                r(n >= 4 ? Stats.percentile(tps, 95) : max(tps)), r(Stats.stdDev(tps)), r(cv),
                r(Stats.mean(ttft)), r(Stats.percentile(ttft, 50)), r(Stats.percentile(ttft, 95)),
                r(Stats.percentile(ttft, 99)), RunMetrics.round(Stats.mean(ok.stream().map(Sample::totalTimeS).toList()), 3),
                avgPresent(ok.stream().map(Sample::inputTokensPerSecond).toList()),
                avgPresent(ok.stream().map(Sample::outputSpeedTps).toList()),
                avgPresent(ok.stream().map(Sample::itlMs).toList()),
                RunMetrics.round(Stats.mean(ok.stream().map(Sample::cost).toList()), 8), confidence(cv, n));
    }

    /** high: CV < 10 % and n >= 3; low: CV > 30 % or n == 1; else medium. */
    public static String confidence(Double cvPercent, int n) {
        if (n <= 1 || (cvPercent != null && cvPercent > 30.0)) {
            return "low";
        }
        if (n >= 3 && cvPercent != null && cvPercent < 10.0) {
            return "high";
        }
        return "medium";
    }

    private static Double avgPresent(List<Double> values) {
        List<Double> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : r(Stats.mean(present));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static Double r(Double value) {
        return value == null ? null : RunMetrics.round(value, 2);
    }
}
