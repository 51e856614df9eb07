package dev.keel.integrations.llm;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The model-list call of each provider: OpenAI and OpenAI-compatible {@code GET {base}/models} (Bearer),
 * Anthropic {@code GET {base}/models?limit=100} (x-api-key, anthropic-version), Gemini
 * {@code GET {base}/models?key=&pageSize=100} ({@code models/} stripped, {@code displayName}).
 */
final class ModelListing {
    private ModelListing() {
    }

    static HttpRequest.Builder request(LlmEndpoint endpoint) {
        String base = endpoint.baseUrl();
        String key = endpoint.apiKey();
        HttpRequest.Builder http;
        switch (endpoint.provider()) {
            case ANTHROPIC -> {
                http = HttpRequest.newBuilder(URI.create(base + "/models?limit=100"))
                        .header("anthropic-version", "2023-06-01");
                if (key != null) {
                    http.header("x-api-key", key);
                }
            }
            case GEMINI -> http = HttpRequest.newBuilder(URI.create(base + "/models?pageSize=100"
                    + (key == null ? "" : "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))));
            default -> {
                http = HttpRequest.newBuilder(URI.create(base + "/models"));
                if (key != null) {
                    http.header("Authorization", "Bearer " + key);
                }
            }
        }
        return http.header("Accept", "application/json").GET();
    }

    static List<LlmModelInfo> parse(LlmProvider provider, JsonNode body) {
        List<LlmModelInfo> models = new ArrayList<>();
        JsonNode list = provider == LlmProvider.GEMINI ? body.path("models") : body.path("data");
        if (!list.isArray()) {
            throw ProviderErrors.malformed(provider.name().toLowerCase(), "no model list in the answer");
        }
        for (JsonNode m : list) {
            String id = provider == LlmProvider.GEMINI ? m.path("name").asString("") : m.path("id").asString("");
            if (provider == LlmProvider.GEMINI && id.startsWith("models/")) {
                id = id.substring("models/".length());
            }
            if (id.isBlank()) {
                continue;
            }
            String name = provider == LlmProvider.GEMINI ? m.path("displayName").asString(id)
                    : m.path("display_name").asString(id);
            models.add(new LlmModelInfo(id, name.isBlank() ? id : name));
        }
        models.sort(Comparator.comparing(LlmModelInfo::id));
        return models;
    }
}
