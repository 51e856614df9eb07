package dev.keel.api.approvals;

import dev.keel.api.platform.ApiException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Per-IP limit of approval requests per minute (in memory, per API replica). */
@Component
public class RequestRateLimiter {
    private static final int MAX_TRACKED = 10_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public void check(String ip, int perMinute) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(ip + "/" + perMinute, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        if (!bucket.tryConsume(1)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                    "Rate limit exceeded: " + perMinute + " per 1 minute", "60");
        }
    }
}
