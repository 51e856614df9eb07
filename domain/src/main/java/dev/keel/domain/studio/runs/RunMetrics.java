package dev.keel.domain.studio.runs;

/**
 * The metrics of one streamed call (seeds/README.md, 001): TTFT and total time from the gateway's chunk arrival
 * stamps, output tokens from the provider's usage else the number of content chunks, and the rates derived from
 * them. Rates whose denominator is zero (or, for ITL, fewer than two tokens) are null.
 */
public record RunMetrics(double ttftMs, double totalTimeS, int outputTokens, int inputTokens,
                         double tokensPerSecond, Double outputSpeedTps, Double itlMs, Double inputTokensPerSecond,
                         double cost, boolean outputTokensFromUsage) {

    /**
     * @param ttftNanos  request sent to first non-empty chunk
     * @param totalNanos request sent to end of stream
     * @param usageOutputTokens the provider's count, or null
     * @param contentChunks the number of non-empty content chunks (the fallback count)
     * @param inputTokens the provider's input count, or the local estimate when it gave none
     */
    public static RunMetrics of(long ttftNanos, long totalNanos, Integer usageOutputTokens, int contentChunks,
                                int inputTokens, ModelPrice price) {
        double ttftS = ttftNanos / 1e9;
        double totalS = totalNanos / 1e9;
        boolean fromUsage = usageOutputTokens != null && usageOutputTokens > 0;
        int output = fromUsage ? usageOutputTokens : contentChunks;
        double tps = totalS > 0 ? output / totalS : 0.0;
        double generation = totalS - ttftS;
        Double outputSpeed = generation > 0 ? output / generation : null;
        Double itl = output > 1 && generation > 0 ? generation * 1000.0 / (output - 1) : null;
        Double inputTps = ttftS > 0 ? inputTokens / ttftS : null;
        double cost = price == null ? 0.0 : price.cost(inputTokens, output);
        return new RunMetrics(round(ttftS * 1000.0, 2), round(totalS, 3), output, inputTokens, round(tps, 2),
                roundOrNull(outputSpeed, 2), roundOrNull(itl, 2), roundOrNull(inputTps, 2), round(cost, 8),
                fromUsage);
    }

    public static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static Double roundOrNull(Double value, int places) {
        return value == null ? null : round(value, places);
    }
}
