package dev.keel.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed logins per key in PostgreSQL, so every API replica sees the same counts. A key counts failures in a fixed
 * window; the failure that reaches the threshold locks the key until {@code now + lockout}.
 */
@Repository
public class LoginFailures {
    private final JdbcClient jdbc;

    public LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest lock end among {@code keys} that is still in the future. */
    public Optional<Instant> lockedUntil(Collection<String> keys, Instant now) {
        return jdbc.sql("SELECT max(locked_until) FROM login_failures WHERE key IN (:keys) AND locked_until > :now")
                .param("keys", keys).param("now", at(now))
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** Counts one failure (atomically, across replicas); a key whose window has passed starts again at one. */
    public void recordFailure(String key, Instant now, Duration window, int maxFailures, Duration lockout) {
        jdbc.sql("""
                        INSERT INTO login_failures AS f (key, failures, window_start, locked_until)
                        VALUES (:key, 1, :now, CASE WHEN 1 >= :max THEN CAST(:lockedUntil AS timestamptz) END)
                        ON CONFLICT (key) DO UPDATE SET
                          failures = CASE WHEN f.window_start <= :expired THEN 1 ELSE f.failures + 1 END,
                          window_start = CASE WHEN f.window_start <= :expired THEN :now ELSE f.window_start END,
                          locked_until = CASE
                            WHEN (CASE WHEN f.window_start <= :expired THEN 1 ELSE f.failures + 1 END) >= :max
                            THEN CAST(:lockedUntil AS timestamptz) ELSE f.locked_until END
                        """)
                .param("key", key).param("now", at(now)).param("max", maxFailures)
                .param("expired", at(now.minus(window))).param("lockedUntil", at(now.plus(lockout)))
                .update();
    }

    public void clear(String key) {
        jdbc.sql("DELETE FROM login_failures WHERE key = :key").param("key", key).update();
    }

    /** Drops keys whose window has passed and that are not locked. */
    public int sweep(Instant now, Duration window) {
        return jdbc.sql("DELETE FROM login_failures WHERE window_start <= :expired"
                        + " AND (locked_until IS NULL OR locked_until <= :now)")
                .param("expired", at(now.minus(window))).param("now", at(now)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
