package dev.keel.domain.studio.runs;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * List prices (USD per million tokens, input / output) of the default providers' models, matched on the model id
 * without its provider prefix; the longest matching key wins (gpt-4o-mini before gpt-4o).
 */
public final class PriceTable {
    private static final Map<String, ModelPrice> PRICES = Map.ofEntries(
            Map.entry("gpt-4o-mini", new ModelPrice(0.15, 0.60)),
            Map.entry("gpt-4o", new ModelPrice(2.50, 10.00)),
            Map.entry("gpt-4.1-nano", new ModelPrice(0.10, 0.40)),
            Map.entry("gpt-4.1-mini", new ModelPrice(0.40, 1.60)),
            Map.entry("gpt-4.1", new ModelPrice(2.00, 8.00)),
            Map.entry("gpt-5-nano", new ModelPrice(0.05, 0.40)),
            Map.entry("gpt-5-mini", new ModelPrice(0.25, 2.00)),
            Map.entry("gpt-5", new ModelPrice(1.25, 10.00)),
            Map.entry("o3-mini", new ModelPrice(1.10, 4.40)),
            Map.entry("o4-mini", new ModelPrice(1.10, 4.40)),
            Map.entry("claude-opus-4", new ModelPrice(15.00, 75.00)),
            Map.entry("claude-sonnet-4", new ModelPrice(3.00, 15.00)),
            Map.entry("claude-haiku-4-5", new ModelPrice(1.00, 5.00)),
            Map.entry("claude-3-5-haiku", new ModelPrice(0.80, 4.00)),
            Map.entry("gemini-2.5-pro", new ModelPrice(1.25, 10.00)),
            Map.entry("gemini-2.5-flash-lite", new ModelPrice(0.10, 0.40)),
            Map.entry("gemini-2.5-flash", new ModelPrice(0.30, 2.50)),
            Map.entry("gemini-2.0-flash", new ModelPrice(0.10, 0.40)));

    private PriceTable() {
    }

    public static Optional<ModelPrice> find(String modelId) {
        if (modelId == null) {
            return Optional.empty();
        }
        String bare = modelId.substring(modelId.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return PRICES.entrySet().stream()
                .filter(e -> bare.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
