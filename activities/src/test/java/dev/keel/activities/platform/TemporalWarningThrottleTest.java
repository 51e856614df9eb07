package dev.keel.activities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class TemporalWarningThrottleTest {
    private final LoggerContext context = new LoggerContext();
    private final TemporalWarningThrottle throttle = new TemporalWarningThrottle();

    @Test
    void keepsOneFailedHeartbeatWarningPerMinute() {
        Logger heartbeats = context.getLogger("io.temporal.internal.activity.HeartbeatContextImpl");
        RuntimeException notFound = new RuntimeException("NOT_FOUND: invalid activityID or activity already timed out");

        assertThat(throttle.decide(null, heartbeats, Level.WARN, "Heartbeat failed", null, notFound))
                .isEqualTo(FilterReply.NEUTRAL);
        for (int i = 0; i < 300; i++) {
            assertThat(throttle.decide(null, heartbeats, Level.WARN, "Heartbeat failed", null, notFound))
                    .isEqualTo(FilterReply.DENY);
        }
    }

    @Test
    void leavesEveryOtherLogAlone() {
        Logger other = context.getLogger("dev.keel.activities.pluto.scoring.PlutoBatchRunner");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.decide(null, other, Level.WARN, "Heartbeat failed", null, null))
                    .isEqualTo(FilterReply.NEUTRAL);
        }
        Logger heartbeats = context.getLogger("io.temporal.internal.activity.HeartbeatContextImpl");
        assertThat(throttle.decide(null, heartbeats, Level.INFO, "x", null, null)).isEqualTo(FilterReply.NEUTRAL);
    }
}
