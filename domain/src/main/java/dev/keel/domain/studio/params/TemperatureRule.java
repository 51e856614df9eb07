package dev.keel.domain.studio.params;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Step 1 of the validation: the temperature, with the model overrides before the provider's range. */
final class TemperatureRule {
    private TemperatureRule() {
    }

    static double apply(String provider, String modelId, double value, JsonNode spec,
                        List<ParamAdjustment> adjustments, Object original) {
        String model = ProviderParamValidator.lower(modelId);
        if (provider.equals("openai") && model.contains("gpt-5")) {
            return locked(value, original, "GPT-5 locks temperature to 1.0", adjustments);
        }
        if (provider.equals("openai") && ProviderParamValidator.isOSeries(modelId)) {
            return locked(value, original, "O-series models lock temperature to 1.0", adjustments);
        }
        if (provider.equals("gemini") && model.contains("gemini-3") && value < 1.0) {
            adjustments.add(new ParamAdjustment("temperature", original, 1.0,
                    "Gemini 3 models degrade below temperature 1.0"));
            return 1.0;
        }
        JsonNode range = spec.path("tier1").path("temperature");
        double low = range.path("min").asDouble(0.0);
        double high = range.path("max").asDouble(2.0);
        double clamped = Math.max(low, Math.min(value, high));
        if (clamped != value) {
            adjustments.add(new ParamAdjustment("temperature", original, clamped,
                    spec.path("display_name").asString() + " temperature range is " + low + "-" + high));
        }
        return clamped;
    }

    private static double locked(double value, Object original, String reason, List<ParamAdjustment> adjustments) {
        if (value != 1.0) {
            adjustments.add(new ParamAdjustment("temperature", original, 1.0, reason));
        }
        return 1.0;
    }
}
