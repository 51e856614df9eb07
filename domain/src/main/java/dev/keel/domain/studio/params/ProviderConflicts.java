package dev.keel.domain.studio.params;

import java.util.List;
import java.util.Map;

/** Step 2 of the validation: each provider's conflicts (the original at the seed's commit drops, not warns). */
final class ProviderConflicts {
    private static final List<String> PENALTIES = List.of("frequency_penalty", "presence_penalty");

    private ProviderConflicts() {
    }

    static void resolve(String provider, String modelId, Map<String, Object> p, List<ParamAdjustment> out) {
        String model = ProviderParamValidator.lower(modelId);
        switch (provider) {
            case "anthropic" -> {
                if (p.get("temperature") != null && p.get("top_p") != null) {
                    drop(p, out, "top_p", "Anthropic cannot use both temperature and top_p. Dropping top_p.");
                }
                for (String name : List.of("frequency_penalty", "presence_penalty", "seed")) {
                    drop(p, out, name, "Anthropic does not support " + name);
                }
            }
            case "openai" -> {
                if (ProviderParamValidator.isOSeries(modelId) && p.containsKey("max_tokens")) {
                    Object value = p.remove("max_tokens");
                    p.put("max_completion_tokens", value);
                    out.add(new ParamAdjustment("max_tokens", value, value,
                            "O-series uses max_completion_tokens instead of max_tokens"));
                }
                drop(p, out, "top_k", "OpenAI does not support top_k");
            }
            case "deepseek" -> {
                if (model.contains("r1") && thinking(p)) {
                    for (String name : List.of("temperature", "top_p", "frequency_penalty", "presence_penalty")) {
                        warn(p, out, name, "DeepSeek R1 ignores all sampling params in thinking mode");
                    }
                }
                drop(p, out, "top_k", "DeepSeek does not support top_k");
                drop(p, out, "seed", "DeepSeek does not support seed");
            }
            case "xai" -> {
                if (thinking(p)) {
                    for (String name : List.of("frequency_penalty", "presence_penalty", "stop")) {
                        drop(p, out, name, "xAI reasoning models reject penalty params and stop sequences");
                    }
                }
                drop(p, out, "top_k", "xAI does not support top_k");
            }
            case "cohere" -> {
                for (String name : PENALTIES) {
                    clamp(p, out, name, 0.0, 1.0, "Cohere " + name + " range is 0-1 only");
                }
                clamp(p, out, "top_p", Double.NEGATIVE_INFINITY, 0.99, "Cohere top_p maximum is 0.99");
            }
            case "mistral" -> warn(p, out, "top_k", "Mistral has limited top_k support");
            default -> {
            }
        }
    }

    private static boolean thinking(Map<String, Object> p) {
        Object effort = p.get("reasoning_effort");
        return effort != null && !"none".equals(effort);
    }

    private static void drop(Map<String, Object> p, List<ParamAdjustment> out, String name, String reason) {
        if (p.get(name) != null) {
            out.add(new ParamAdjustment(name, p.remove(name), null, reason));
        }
    }

    private static void warn(Map<String, Object> p, List<ParamAdjustment> out, String name, String reason) {
        if (p.get(name) != null) {
            out.add(new ParamAdjustment(name, p.get(name), p.get(name), reason));
        }
    }

    private static void clamp(Map<String, Object> p, List<ParamAdjustment> out, String name, double low, double high,
                              String reason) {
        if (p.get(name) instanceof Number n) {
            double clamped = Math.max(low, Math.min(n.doubleValue(), high));
            if (clamped != n.doubleValue()) {
                out.add(new ParamAdjustment(name, n, clamped, reason));
                p.put(name, clamped);
            }
        }
    }
}
