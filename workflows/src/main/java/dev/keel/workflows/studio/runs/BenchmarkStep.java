package dev.keel.workflows.studio.runs;

/**
 * One (model, context tier) of a provider group: skipped when the tier does not fit the model's window, and with
 * {@code warmupFirst} on the model's first measured tier when the request asked for a warm-up.
 */
public record BenchmarkStep(String providerKey, String modelId, int contextTokens, boolean skipped,
                            boolean warmupFirst) {
}
