package dev.keel.activities.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmMessage;
import dev.keel.integrations.llm.LlmProvider;
import dev.keel.integrations.llm.LlmRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

    static LlmRequest request(StudioTarget target, StudioRun run, String prompt, int maxTokens) {
        List<String> skip = target.skipParams() == null ? List.of() : target.skipParams();
        int capped = target.maxOutputTokens() == null ? maxTokens : Math.min(maxTokens, target.maxOutputTokens());
        Double temperature = skip.contains("temperature") ? null : run.temperature();
        Integer max = skip.contains("max_tokens") ? null : capped;
        Double topP = skip.contains("top_p") ? null : topP(run.providerParamsJson());
        return new LlmRequest(wireModel(target), List.of(LlmMessage.user(prompt)), temperature, max, topP, null, null,
                false, Duration.ofSeconds(run.timeoutSeconds()));
    }

    private static Double topP(String providerParamsJson) {
        if (providerParamsJson == null) {
            return null;
        }
        JsonNode node = JSON.readTree(providerParamsJson).path("top_p");
        return node.isNumber() ? node.asDouble() : null;
    }
}
