package dev.keel.domain.studio.config;

import java.util.Locale;

/**
 * Which wire protocol a configured provider speaks, as the original detects it (section 6): the model-id prefix, the
 * key or the key variable naming Anthropic or Gemini; otherwise OpenAI-compatible when it has an api_base; otherwise
 * OpenAI. An Anthropic or Gemini provider with an api_base speaks its own protocol at that base (a proxy, a fake).
 */
public final class ProviderKinds {
    private ProviderKinds() {
    }

    public static String kind(StudioProvider p) {
        return kind(p.providerKey(), p.apiBase(), p.modelIdPrefix(), p.apiKeyEnv());
    }

    public static String kind(String key, String apiBase, String prefix, String apiKeyEnv) {
        String hints = (key + " " + prefix + " " + apiKeyEnv).toLowerCase(Locale.ROOT);
        if (hints.contains("anthropic")) {
            return "anthropic";
        }
        if (hints.contains("gemini") || hints.contains("google")) {
            return "google_gemini";
        }
        return apiBase != null && !apiBase.isBlank() ? "openai_compatible" : "openai";
    }
}
