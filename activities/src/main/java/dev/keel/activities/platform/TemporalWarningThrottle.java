package dev.keel.activities.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * During a Temporal outage every running activity's heartbeat fails about once a second, and after it heartbeats of
 * activities Temporal has already timed out fail with NOT_FOUND: the SDK logs each "Heartbeat failed" with a stack
 * trace. This keeps one such warning per minute; every other log line is untouched.
 */
@Component
public class TemporalWarningThrottle extends TurboFilter {
    static final List<String> THROTTLED = List.of("io.temporal.internal.activity.HeartbeatContextImpl");
    private static final long PERIOD_MILLIS = 60_000;

    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    public TemporalWarningThrottle() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (logger == null || level == null || !level.isGreaterOrEqual(Level.WARN)
                || !THROTTLED.contains(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        long now = System.currentTimeMillis();
        String key = logger.getName() + "|" + format;
        Long last = lastLogged.get(key);
        if (last != null && now - last < PERIOD_MILLIS) {
            return FilterReply.DENY;
        }
        lastLogged.put(key, now);
        return FilterReply.NEUTRAL;
    }
}
