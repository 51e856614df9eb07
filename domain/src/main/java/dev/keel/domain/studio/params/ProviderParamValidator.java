package dev.keel.domain.studio.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The original's parameter validation (section 21), in three steps: temperature (GPT-5 and O-series locked to 1.0,
 * Gemini 3 raised to at least 1.0, else clamped to the provider's range); provider conflicts; then unsupported
 * tier-2 parameters dropped and numeric tier-2 parameters clamped. Benchmark calls use {@link #resolve} (the same
 * steps, then skip_params removed and passthrough merged unvalidated). Throws IllegalArgumentException for a
 * temperature that is not a number.
 */
public final class ProviderParamValidator {
    private ProviderParamValidator() {
    }

    public static ParamValidation validate(String provider, String modelId, Map<String, Object> params) {
        JsonNode spec = ProviderParamRegistry.provider(provider);
        Map<String, Object> resolved = new LinkedHashMap<>(params);
        List<ParamAdjustment> adjustments = new ArrayList<>();
        Object temperature = resolved.get("temperature");
        if (temperature != null) {
            if (!(temperature instanceof Number n)) {
                throw new IllegalArgumentException("temperature must be a number");
            }
            double value = n.doubleValue();
            double clamped = TemperatureRule.apply(provider, modelId, value, spec, adjustments, temperature);
            resolved.put("temperature", clamped);
        }
        ProviderConflicts.resolve(provider, modelId, resolved, adjustments);
        genericTier2(provider, spec.path("tier2"), resolved, adjustments);
        List<String> warnings = new ArrayList<>();
        if (provider.equals("anthropic")) {
            warnings.add("max_tokens is required for Anthropic and will always be included");
        }
        if (provider.equals(ProviderParamRegistry.UNKNOWN)) {
            warnings.add("Unknown provider -- using OpenAI-compatible defaults. Parameters may not all be supported.");
        }
        resolved.values().removeIf(v -> v == null);
        return new ParamValidation(adjustments.isEmpty(), adjustments, warnings, resolved);
    }

    /**
     * The parameters of one benchmark call: temperature and max_tokens, overlaid by the request's provider_params
     * (tier 1 and 2), validated; then the model's skip_params removed and {@code passthrough} merged as is.
     */
    public static Map<String, Object> resolve(String providerKey, String modelId, List<String> skipParams,
                                              Map<String, Object> providerParams, Double temperature,
                                              Integer maxTokens) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (temperature != null) {
            params.put("temperature", temperature);
        }
        if (maxTokens != null) {
            params.put("max_tokens", maxTokens);
        }
        Map<?, ?> passthrough = Map.of();
        if (providerParams != null) {
            if (providerParams.get("passthrough") instanceof Map<?, ?> p) {
                passthrough = p;
            }
            providerParams.forEach((k, v) -> {
                if (!k.equals("passthrough") && v != null) {
                    params.put(k, v);
                }
            });
        }
        String provider = ProviderParamRegistry.identify(modelId, providerKey);
        Map<String, Object> resolved = new LinkedHashMap<>(validate(provider, modelId, params).resolvedParams());
        List<String> skip = skipParams == null ? List.of() : skipParams;
        skip.forEach(resolved::remove);
        passthrough.forEach((k, v) -> {
            if (v != null && !skip.contains(k.toString())) {
                resolved.put(k.toString(), v);
            }
        });
        return resolved;
    }

    static boolean isOSeries(String modelId) {
        return ProviderParamRegistry.bareModel(modelId).matches("^o[134].*");
    }

    static String lower(String modelId) {
        return modelId.toLowerCase(Locale.ROOT);
    }

    private static void genericTier2(String provider, JsonNode tier2, Map<String, Object> resolved,
                                     List<ParamAdjustment> adjustments) {
        for (String name : new ArrayList<>(resolved.keySet())) {
            JsonNode spec = tier2.get(name);
            Object value = resolved.get(name);
            if (spec == null || value == null) {
                continue;
            }
            JsonNode supported = spec.path("supported");
            if (supported.isBoolean() && !supported.asBoolean()) {
                if (adjustments.stream().noneMatch(a -> a.param().equals(name))) {
                    resolved.remove(name);
                    adjustments.add(new ParamAdjustment(name, value, null, spec.has("reason")
                            ? spec.path("reason").asString() : name + " is not supported by " + provider));
                }
                continue;
            }
            if ("unknown".equals(supported.asString("")) || !spec.has("min") || !spec.has("max")
                    || !(value instanceof Number n)) {
                continue;
            }
            double v = n.doubleValue();
            double clamped = Math.max(spec.path("min").asDouble(), Math.min(v, spec.path("max").asDouble()));
            if (clamped != v) {
                Object adjusted = "int".equals(spec.path("type").asString("")) ? (Object) Math.round(clamped)
                        : (Object) clamped;
                resolved.put(name, adjusted);
                adjustments.add(new ParamAdjustment(name, value, adjusted, name + " clamped to " + provider
                        + " range [" + spec.path("min").asString() + ", " + spec.path("max").asString() + "]"));
            }
        }
    }
}
