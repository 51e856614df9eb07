package dev.keel.integrations.llm;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chat model product features use (extraction, scoring, briefs, analytics, room chat), checked at start:
 * KEEL_LLM_PROVIDER (openai-compatible, openai, anthropic, gemini), KEEL_LLM_BASE_URL, KEEL_LLM_API_KEY (else
 * OPENAI_API_KEY), KEEL_LLM_MODEL, KEEL_LLM_TIMEOUT (one call, default 60 s), KEEL_LLM_CONNECT_TIMEOUT (10 s).
 * The defaults live here only; keel-common.yml just maps the variables.
 */
@ConfigurationProperties("keel.llm")
public record LlmSettings(LlmProvider provider, String baseUrl, String apiKey, String model, Duration timeout,
                          Duration connectTimeout) {
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public LlmSettings {
        provider = provider == null ? LlmProvider.OPENAI_COMPATIBLE : provider;
        baseUrl = blankToNull(baseUrl);
        apiKey = blankToNull(apiKey);
        model = blankToNull(model);
        timeout = timeout == null ? LlmRequest.DEFAULT_TIMEOUT : timeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            throw new IllegalArgumentException("KEEL_LLM_BASE_URL must be an http(s) URL, got: " + baseUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("KEEL_LLM_TIMEOUT must be positive, got: " + timeout);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("KEEL_LLM_CONNECT_TIMEOUT must be positive, got: " + connectTimeout);
        }
    }

    /** Nothing set: no provider configured. */
    public static LlmSettings none() {
        return new LlmSettings(null, null, null, null, null, null);
    }

    public static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
