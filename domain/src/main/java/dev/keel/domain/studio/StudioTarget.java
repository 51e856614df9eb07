package dev.keel.domain.studio;

import java.util.List;
import java.util.Map;

/** A model of a user's studio config, resolved to what a model call needs. Never carries the API key. */
public record StudioTarget(String providerKey, String providerKind, String apiBase, String modelId,
        String displayName, int contextWindow, Integer maxOutputTokens, List<String> skipParams,
        Map<String, Object> customFields) {
    /** providerKind is one of: openai, anthropic, google_gemini, openai_compatible (any api_base). */
    public static final List<String> KINDS = List.of("openai", "anthropic", "google_gemini", "openai_compatible");
}
