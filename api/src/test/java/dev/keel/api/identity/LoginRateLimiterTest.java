package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final LoginRateLimiter limiter =
            new LoginRateLimiter(5, Duration.ofMinutes(5), Duration.ofMinutes(15), clock);

    @Test
    void locksAfterFiveFailuresWithinWindow() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("ip");
            assertThat(limiter.lockedFor("ip")).isEmpty();
        }
        limiter.recordFailure("ip");
        assertThat(limiter.lockedFor("ip")).contains(900L);
        assertThat(limiter.lockedFor("other")).isEmpty();
    }

    @Test
    void lockoutLastsFifteenMinutesAndCountsDown() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("ip");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.lockedFor("ip")).contains(300L);
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(limiter.lockedFor("ip")).contains(1L);
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.lockedFor("ip")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("ip");
        }
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        limiter.recordFailure("ip");
        assertThat(limiter.lockedFor("ip")).isEmpty();
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("ip");
        }
        limiter.recordSuccess("ip");
        limiter.recordFailure("ip");
        assertThat(limiter.lockedFor("ip")).isEmpty();
    }
}
