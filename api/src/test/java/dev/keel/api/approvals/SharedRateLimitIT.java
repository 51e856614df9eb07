package dev.keel.api.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.platform.ApiException;
import dev.keel.api.support.KeelApiTest;
import dev.keel.domain.platform.RateWindows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The request limits count in PostgreSQL: two limiters (two API replicas) share one budget per key. */
class SharedRateLimitIT extends KeelApiTest {
    @Autowired
    RateWindows windows;

    @Test
    void twoReplicasShareOneLimit() {
        Clock at = Clock.fixed(Instant.parse("2026-12-01T10:00:20Z"), ZoneOffset.UTC);
        RequestRateLimiter replicaA = new RequestRateLimiter(windows, at);
        RequestRateLimiter replicaB = new RequestRateLimiter(windows, at);
        String key = "test:" + UUID.randomUUID();
        replicaA.check(key, 4);
        replicaB.check(key, 4);
        replicaA.check(key, 4);
        replicaB.check(key, 4);
        assertThatThrownBy(() -> replicaA.check(key, 4)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(e.retryAfterSeconds()).isEqualTo("40");
        });
        assertThatThrownBy(() -> replicaB.check(key, 4)).isInstanceOf(ApiException.class);
        replicaA.check("test:" + UUID.randomUUID(), 4);

        RequestRateLimiter nextMinute = new RequestRateLimiter(windows,
                Clock.fixed(Instant.parse("2026-12-01T10:01:00Z"), ZoneOffset.UTC));
        nextMinute.check(key, 4);
    }
}
