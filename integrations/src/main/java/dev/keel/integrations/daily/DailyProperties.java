package dev.keel.integrations.daily;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Daily.co settings ({@code keel.pluto.daily.*}): DAILY_API_KEY (unset = not configured), DAILY_API_BASE and
 * PLUTO_ROOM_LIFETIME_MINUTES (fractions allowed, 1 minute to 7 days).
 */
@ConfigurationProperties("keel.pluto.daily")
@Validated
public record DailyProperties(
        String apiKey,
        @DefaultValue("https://api.daily.co/v1") String apiBase,
        @DefaultValue("120") @DecimalMin("1") @DecimalMax("10080") Double roomLifetimeMinutes) {
}
