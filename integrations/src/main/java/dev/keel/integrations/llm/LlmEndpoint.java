package dev.keel.integrations.llm;

/** Where a call goes: the provider's protocol, its base URL (null = the provider's public API) and the key. */
public record LlmEndpoint(LlmProvider provider, String baseUrl, String apiKey) {
    public LlmEndpoint {
        if (provider == null) {
            throw new IllegalArgumentException("provider is required");
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.trim().replaceAll("/+$", "");
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    public static LlmEndpoint of(LlmProvider provider, String baseUrl, String apiKey) {
        return new LlmEndpoint(provider, baseUrl, apiKey);
    }
}
