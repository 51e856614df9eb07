package dev.keel.domain.studio.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The original's provider-parameter registry (studio/provider-params.json): per provider its display name, tier-1
 * params (temperature, max_tokens, stop), tier-2 params with ranges and {@code supported}, tier-3 examples,
 * conflicts and model overrides. Read once; immutable.
 */
public final class ProviderParamRegistry {
    public static final String UNKNOWN = "_unknown";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode REGISTRY = load();
    /** Model-id prefix to registry key, in the order the original checks them. */
    private static final Map<String, String> PREFIXES = prefixes();

    private ProviderParamRegistry() {
    }

    public static JsonNode provider(String key) {
        JsonNode node = REGISTRY.get(key);
        return node == null ? REGISTRY.get(UNKNOWN) : node;
    }

    /** The whole registry as plain maps, for GET /api/provider-params/registry. */
    public static Map<String, Object> asMap() {
        return JSON.convertValue(REGISTRY, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** A provider_key that is itself a registry key wins; else the model-id prefix; else {@code _unknown}. */
    public static String identify(String modelId, String providerKey) {
        if (providerKey != null && REGISTRY.has(providerKey)) {
            return providerKey;
        }
        String lower = modelId.toLowerCase(Locale.ROOT);
        return PREFIXES.entrySet().stream().filter(e -> lower.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(UNKNOWN);
    }

    /** The model id without a known provider prefix, lower-cased. */
    static String bareModel(String modelId) {
        String lower = modelId.toLowerCase(Locale.ROOT);
        return PREFIXES.keySet().stream().filter(lower::startsWith).findFirst()
                .map(p -> lower.substring(p.length())).orElse(lower);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("anthropic/", "anthropic");
        p.put("gemini/", "gemini");
        p.put("vertex_ai/", "gemini");
        p.put("ollama/", "ollama");
        p.put("ollama_chat/", "ollama");
        p.put("lm_studio/", "lm_studio");
        p.put("mistral/", "mistral");
        p.put("deepseek/", "deepseek");
        p.put("cohere/", "cohere");
        p.put("cohere_chat/", "cohere");
        p.put("xai/", "xai");
        p.put("vllm/", "vllm");
        p.put("openai/", "openai");
        return p;
    }

    private static JsonNode load() {
        try (InputStream in = ProviderParamRegistry.class.getResourceAsStream("/studio/provider-params.json")) {
            if (in == null) {
                throw new IllegalStateException("studio/provider-params.json is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
