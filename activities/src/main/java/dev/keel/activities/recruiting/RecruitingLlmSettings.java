package dev.keel.activities.recruiting;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The OpenAI-compatible chat model used for extraction, read per call (tests point it at a fake server).
 * Configured when KEEL_LLM_BASE_URL or a key (KEEL_LLM_API_KEY, else OPENAI_API_KEY) is set.
 */
@Component
public class RecruitingLlmSettings {
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public record Snapshot(String baseUrl, String apiKey, String model) {
        public boolean configured() {
            return baseUrl != null || apiKey != null;
        }
    }

    private volatile Snapshot current;

    public RecruitingLlmSettings(Environment env) {
        String key = blankToNull(env.getProperty("KEEL_LLM_API_KEY"));
        current = new Snapshot(blankToNull(env.getProperty("KEEL_LLM_BASE_URL")),
                key != null ? key : blankToNull(env.getProperty("OPENAI_API_KEY")),
                blankToNull(env.getProperty("KEEL_LLM_MODEL")));
    }

    public Snapshot current() {
        return current;
    }

    /** Replaces the settings for the following calls; all nulls means "no provider". */
    public void use(String baseUrl, String apiKey, String model) {
        current = new Snapshot(blankToNull(baseUrl), blankToNull(apiKey), blankToNull(model));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
