package dev.keel.api.studio.runs;

import dev.keel.api.platform.ApiException;
import java.time.Duration;
import java.time.Instant;

/** The analytics period: 7d, 30d, 90d or all (anything else is refused). */
record AnalyticsPeriod(String name, Instant since) {
    static AnalyticsPeriod parse(String value) {
        String name = value == null || value.isBlank() ? "all" : value;
        return switch (name) {
            case "7d" -> new AnalyticsPeriod(name, Instant.now().minus(Duration.ofDays(7)));
            case "30d" -> new AnalyticsPeriod(name, Instant.now().minus(Duration.ofDays(30)));
            case "90d" -> new AnalyticsPeriod(name, Instant.now().minus(Duration.ofDays(90)));
            case "all" -> new AnalyticsPeriod(name, null);
            default -> throw ApiException.unprocessable("period must be one of 7d, 30d, 90d, all");
        };
    }
}
