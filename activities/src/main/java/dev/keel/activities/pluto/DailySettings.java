package dev.keel.activities.pluto;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Daily.co settings, read from the environment on every call: DAILY_API_KEY (unset = not configured),
 * DAILY_API_BASE (default https://api.daily.co/v1) and PLUTO_ROOM_LIFETIME_MINUTES (default 120, at least 1,
 * at most 10080; an unreadable value falls back to the default). Tests replace them with {@link #use}.
 */
@Component
public class DailySettings {
    public static final String DEFAULT_API_BASE = "https://api.daily.co/v1";
    public static final Duration DEFAULT_ROOM_LIFETIME = Duration.ofHours(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    private static final double MAX_LIFETIME_MINUTES = 7 * 24 * 60;

    /** apiKey null means "not configured"; timeout bounds each HTTP call. */
    public record DailyConfig(String apiKey, String apiBase, Duration roomLifetime, Duration timeout) {
    }

    private final Environment env;
    private volatile DailyConfig override;

    public DailySettings(Environment env) {
        this.env = env;
    }

    public DailyConfig current() {
        DailyConfig fixed = override;
        if (fixed != null) {
            return fixed;
        }
        String base = Env.text(env, "DAILY_API_BASE");
        return new DailyConfig(Env.text(env, "DAILY_API_KEY"), base == null ? DEFAULT_API_BASE : base,
                lifetime(Env.text(env, "PLUTO_ROOM_LIFETIME_MINUTES")), DEFAULT_TIMEOUT);
    }

    /** Uses these settings instead of the environment until {@link #reset()}. */
    public void use(DailyConfig config) {
        override = config;
    }

    public void reset() {
        override = null;
    }

    private static Duration lifetime(String minutes) {
        try {
            double value = minutes == null ? -1 : Double.parseDouble(minutes);
            if (!(value >= 1 && value <= MAX_LIFETIME_MINUTES)) {
                return DEFAULT_ROOM_LIFETIME;
            }
            return Duration.ofSeconds(Math.round(value * 60));
        } catch (NumberFormatException e) {
            return DEFAULT_ROOM_LIFETIME;
        }
    }
}
