package dev.keel.activities.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.params.ProviderParamValidator;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmMessage;
import dev.keel.integrations.llm.LlmProvider;
import dev.keel.integrations.llm.LlmRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a configured model and a run's request into the gateway's endpoint and streamed request. */
final class BenchmarkRequests {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ROUTING_PREFIXES = Set.of("openai", "anthropic", "gemini", "google_gemini");

    private BenchmarkRequests() {
    }

    static LlmEndpoint endpoint(StudioTarget target, String apiKey) {
        LlmProvider provider = switch (target.providerKind()) {
            case "openai" -> LlmProvider.OPENAI;
            case "anthropic" -> LlmProvider.ANTHROPIC;
            case "google_gemini" -> LlmProvider.GEMINI;
            default -> LlmProvider.OPENAI_COMPATIBLE;
        };
        String base = target.apiBase() == null || target.apiBase().isBlank() ? null : target.apiBase();
        return LlmEndpoint.of(provider, base, apiKey);
    }

    /** The model id without the LiteLLM-style routing prefix ({@code anthropic/…}, {@code gemini/…}, the provider key). */
    static String wireModel(StudioTarget target) {
        String id = target.modelId();
        int slash = id.indexOf('/');
        if (slash > 0) {
            String prefix = id.substring(0, slash);
            if (ROUTING_PREFIXES.contains(prefix) || prefix.equals(target.providerKey())) {
                return id.substring(slash + 1);
            }
        }
        return id;
    }

    /**
     * The streamed request of one benchmark call: the run's temperature and max_tokens (capped by the model's
     * output limit) overlaid by the run's provider_params, shaped by {@link ProviderParamValidator#resolve} for the
     * target's provider (clamped, conflicts resolved, unsupported and skip_params dropped, passthrough merged).
     * temperature, max_tokens, top_p and stop go in the typed fields; everything else in the extra body.
     */
    static LlmRequest request(StudioTarget target, StudioRun run, String prompt, int maxTokens) {
        int capped = target.maxOutputTokens() == null ? maxTokens : Math.min(maxTokens, target.maxOutputTokens());
        Map<String, Object> params = ProviderParamValidator.resolve(registryProvider(target), target.modelId(),
                target.skipParams(), providerParams(run.providerParamsJson()), run.temperature(), capped);
        Map<String, Object> extra = new LinkedHashMap<>(params);
        Double temperature = extra.get("temperature") instanceof Number n ? n.doubleValue() : null;
        Integer max = extra.get("max_tokens") instanceof Number n ? n.intValue() : null;
        Double topP = extra.get("top_p") instanceof Number n ? n.doubleValue() : null;
        List<String> stop = stop(extra.get("stop"));
        if (temperature != null) {
            extra.remove("temperature");
        }
        if (max != null) {
            extra.remove("max_tokens");
        }
        if (topP != null) {
            extra.remove("top_p");
        }
        if (stop != null) {
            extra.remove("stop");
        }
        return new LlmRequest(wireModel(target), List.of(LlmMessage.user(prompt)), temperature, max, topP, stop, null,
                false, Duration.ofSeconds(run.timeoutSeconds()), extra);
    }

    /** The registry's provider: the configured provider kind, else the user's provider key (resolve falls back). */
    private static String registryProvider(StudioTarget target) {
        return switch (target.providerKind()) {
            case "openai" -> "openai";
            case "anthropic" -> "anthropic";
            case "google_gemini" -> "gemini";
            default -> target.providerKey();
        };
    }

    private static Map<String, Object> providerParams(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonNode node = JSON.readTree(json);
        if (!node.isObject()) {
            return Map.of();
        }
        Map<String, Object> params = JSON.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
        if (params.containsKey("temperature") && !(params.get("temperature") instanceof Number)) {
            params.remove("temperature"); // the validator rejects it; the run's own temperature stands
        }
        return params;
    }

    private static List<String> stop(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        return null;
    }
}
