package dev.keel.integrations.realtime;

import dev.keel.integrations.http.Text;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The OpenAI Realtime settings in effect ({@link RealtimeProperties}), as the Realtime clients use them. */
@Component
public class RealtimeSettings {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    /** apiKey null means "not configured"; timeout bounds each HTTP call. */
    public record RealtimeConfig(String apiKey, String apiBase, String model, String voice, Duration timeout) {
    }

    private final RealtimeConfig config;

    public RealtimeSettings(RealtimeProperties properties) {
        this.config = new RealtimeConfig(Text.orNull(properties.apiKey()), properties.apiBase().trim(),
                properties.model().trim(), properties.voice().trim(), DEFAULT_TIMEOUT);
    }

    public RealtimeConfig current() {
        return config;
    }
}
