package dev.keel.integrations.daily;

import dev.keel.integrations.http.Text;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The Daily.co settings in effect ({@link DailyProperties}), as the Daily client uses them. */
@Component
public class DailySettings {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    /** apiKey null means "not configured"; timeout bounds each HTTP call. */
    public record DailyConfig(String apiKey, String apiBase, Duration roomLifetime, Duration timeout) {
    }

    private final DailyConfig config;

    public DailySettings(DailyProperties properties) {
        this.config = new DailyConfig(Text.orNull(properties.apiKey()), properties.apiBase().trim(),
                Duration.ofSeconds(Math.round(properties.roomLifetimeMinutes() * 60)), DEFAULT_TIMEOUT);
    }

    public DailyConfig current() {
        return config;
    }
}
