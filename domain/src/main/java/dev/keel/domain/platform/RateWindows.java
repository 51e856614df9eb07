package dev.keel.domain.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fixed-window request counters in PostgreSQL, shared by every API replica. */
@Repository
public class RateWindows {
    private final JdbcClient jdbc;

    public RateWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one request for {@code key} in the window that starts at {@code windowStart} and returns the count
     * so far; a row of an earlier window starts again at one (atomic across replicas).
     */
    public int hit(String key, Instant windowStart) {
        return jdbc.sql("""
                        INSERT INTO rate_windows AS r (key, window_start, hits) VALUES (:key, :start, 1)
                        ON CONFLICT (key) DO UPDATE SET
                          hits = CASE WHEN r.window_start >= :start THEN r.hits + 1 ELSE 1 END,
                          window_start = GREATEST(r.window_start, :start)
                        RETURNING hits
                        """)
                .param("key", key).param("start", OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC))
                .query(Integer.class).single();
    }

    /** Drops the rows of windows that started before {@code before}. */
    public int sweep(Instant before) {
        return jdbc.sql("DELETE FROM rate_windows WHERE window_start < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
    }
}
