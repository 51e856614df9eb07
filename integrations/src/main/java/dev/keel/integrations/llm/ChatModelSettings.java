package dev.keel.integrations.llm;

import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmProvider;
import dev.keel.integrations.llm.LlmSettings;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The chat model product features call (KEEL_LLM_*, validated at start by {@link LlmSettings}), read per call.
 * Configured when KEEL_LLM_BASE_URL or a key (KEEL_LLM_API_KEY, else OPENAI_API_KEY) is set.
 */
@Component
public class ChatModelSettings {
    public static final String DEFAULT_BASE_URL = LlmProvider.OPENAI.defaultBaseUrl();
    public static final String DEFAULT_MODEL = LlmSettings.DEFAULT_MODEL;

    public record Snapshot(String baseUrl, String apiKey, String model, LlmProvider provider) {
        public boolean configured() {
            return baseUrl != null || apiKey != null;
        }

        /** Where the calls go (the provider's public API when no base URL is set). */
        public LlmEndpoint endpoint() {
            return LlmEndpoint.of(provider, baseUrl, apiKey);
        }

        public String modelOrDefault() {
            return model != null ? model : DEFAULT_MODEL;
        }
    }

    private final LlmSettings settings;
    private final Snapshot current;

    public ChatModelSettings(LlmSettings settings) {
        this.settings = settings;
        current = new Snapshot(settings.baseUrl(), settings.apiKey(), settings.model(), settings.provider());
    }

    public Snapshot current() {
        return current;
    }

    /** How long one call may take (KEEL_LLM_TIMEOUT). */
    public Duration timeout() {
        return settings.timeout();
    }
}
