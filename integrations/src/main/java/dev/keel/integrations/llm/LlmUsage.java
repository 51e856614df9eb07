package dev.keel.integrations.llm;

/** Tokens the provider counted for one call; null when it did not say. */
public record LlmUsage(Integer inputTokens, Integer outputTokens) {
    public static final LlmUsage UNKNOWN = new LlmUsage(null, null);

    /** Fields this one leaves unknown are taken from later (streams report usage piecewise). */
    LlmUsage merge(LlmUsage later) {
        return new LlmUsage(later.inputTokens != null ? later.inputTokens : inputTokens,
                later.outputTokens != null ? later.outputTokens : outputTokens);
    }
}
