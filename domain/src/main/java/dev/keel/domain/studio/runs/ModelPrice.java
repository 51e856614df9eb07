package dev.keel.domain.studio.runs;

import java.util.Map;
import java.util.Optional;

/** Dollars per million input and output tokens of one model. */
public record ModelPrice(double inputPerMtok, double outputPerMtok) {
    public double cost(int inputTokens, int outputTokens) {
        return inputTokens * inputPerMtok / 1_000_000.0 + outputTokens * outputPerMtok / 1_000_000.0;
    }

    /**
     * The price of a model: the model's own {@code input_cost_per_mtok} / {@code output_cost_per_mtok} custom
     * fields when set (as the original's fallback), else the {@link PriceTable}, else empty (cost 0).
     */
    public static Optional<ModelPrice> resolve(String modelId, Map<String, Object> customFields) {
        if (customFields != null) {
            Double in = number(customFields.get("input_cost_per_mtok"));
            Double out = number(customFields.get("output_cost_per_mtok"));
            if (in != null || out != null) {
                return Optional.of(new ModelPrice(in == null ? 0 : in, out == null ? 0 : out));
            }
        }
        return PriceTable.find(modelId);
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
