package dev.keel.domain.studio.runs;

import java.time.Instant;

/** One measured call of a run, keyed by (run, provider, model, context tier, run index). */
public record StudioResult(String runId, String providerKey, String modelId, int contextTokens, int runIndex,
                           String provider, String model, boolean success, double ttftMs, double totalTimeS,
                           int outputTokens, int inputTokens, double tokensPerSecond, Double outputSpeedTps,
                           Double itlMs, Double inputTokensPerSecond, double cost, String error, Instant createdAt) {

    public RunAggregate.Sample sample() {
        return new RunAggregate.Sample(success, tokensPerSecond, ttftMs, totalTimeS, inputTokensPerSecond,
                outputSpeedTps, itlMs, cost, error == null || error.isEmpty() ? null : error);
    }
}
