package dev.keel.platform.health;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns samples of "callers waiting for a connection" into episodes: one warning when callers start waiting,
 * one line when nobody has waited for {@link #QUIET}, nothing in between however long the episode lasts.
 */
final class PoolWaitEpisodes {
    static final Duration QUIET = Duration.ofSeconds(10);
    static final Duration RECENT = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PoolWaitEpisodes.class);

    private Instant episodeStart;
    private Instant lastWait;
    private int peak;
    private int episodes;

    synchronized void observe(int waiting, int max, Instant now) {
        if (waiting > 0) {
            lastWait = now;
            peak = Math.max(peak, waiting);
            if (episodeStart == null) {
                episodeStart = now;
                episodes++;
                LOG.warn("Database pool exhausted: {} callers wait for a connection (pool of {}, KEEL_DB_POOL_SIZE);"
                        + " not logged again until the pool recovers", waiting, max);
            }
        } else if (episodeStart != null && Duration.between(lastWait, now).compareTo(QUIET) >= 0) {
            LOG.info("Database pool recovered: callers waited for {} s, at most {} at once",
                    Duration.between(episodeStart, lastWait).toSeconds(), peak);
            episodeStart = null;
            peak = 0;
        }
    }

    synchronized boolean waitedRecently(Instant now) {
        return lastWait != null && Duration.between(lastWait, now).compareTo(RECENT) < 0;
    }

    synchronized int episodes() {
        return episodes;
    }
}
