package dev.keel.activities.pluto;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * OpenAI Realtime settings, read from the environment on every call: OPENAI_API_KEY (unset = not configured),
 * OPENAI_API_BASE (default https://api.openai.com/v1), OPENAI_REALTIME_MODEL (default gpt-4o-realtime-preview)
 * and OPENAI_REALTIME_VOICE (default alloy). Tests replace them with {@link #use}.
 */
@Component
public class RealtimeSettings {
    public static final String DEFAULT_API_BASE = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-realtime-preview";
    public static final String DEFAULT_VOICE = "alloy";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    /** apiKey null means "not configured"; timeout bounds each HTTP call. */
    public record RealtimeConfig(String apiKey, String apiBase, String model, String voice, Duration timeout) {
    }

    private final Environment env;
    private volatile RealtimeConfig override;

    public RealtimeSettings(Environment env) {
        this.env = env;
    }

    public RealtimeConfig current() {
        RealtimeConfig fixed = override;
        if (fixed != null) {
            return fixed;
        }
        return new RealtimeConfig(Env.text(env, "OPENAI_API_KEY"),
                orDefault(Env.text(env, "OPENAI_API_BASE"), DEFAULT_API_BASE),
                orDefault(Env.text(env, "OPENAI_REALTIME_MODEL"), DEFAULT_MODEL),
                orDefault(Env.text(env, "OPENAI_REALTIME_VOICE"), DEFAULT_VOICE), DEFAULT_TIMEOUT);
    }

    /** Uses these settings instead of the environment until {@link #reset()}. */
    public void use(RealtimeConfig config) {
        override = config;
    }

    public void reset() {
        override = null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
