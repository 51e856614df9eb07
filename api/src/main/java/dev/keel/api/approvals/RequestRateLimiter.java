package dev.keel.api.approvals;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.platform.RateWindows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests per key and minute, counted in PostgreSQL ({@link RateWindows}) so that the limit holds across API
 * replicas. Fixed one-minute windows: a client may send up to twice the limit around a window's edge.
 */
@Component
public class RequestRateLimiter {
    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final int SWEEP_EVERY = 1_000;

    private final RateWindows windows;
    private final Clock clock;
    private final AtomicLong hits = new AtomicLong();

    public RequestRateLimiter(RateWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Counts one request of {@code key}; 429 with Retry-After (the seconds left in the window) past the limit. */
    public void check(String key, int perMinute) {
        Instant now = clock.instant();
        long start = Math.floorDiv(now.toEpochMilli(), WINDOW_MILLIS) * WINDOW_MILLIS;
        if (hits.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.sweep(Instant.ofEpochMilli(start - WINDOW_MILLIS));
        }
        if (windows.hit(key, Instant.ofEpochMilli(start)) > perMinute) {
            long retryAfter = Math.max(1, (start + WINDOW_MILLIS - now.toEpochMilli() + 999) / 1000);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                    "Rate limit exceeded: " + perMinute + " per 1 minute", Long.toString(retryAfter));
        }
    }
}
