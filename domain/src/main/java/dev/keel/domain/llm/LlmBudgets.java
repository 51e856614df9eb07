package dev.keel.domain.llm;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fleet-wide LLM budget in PostgreSQL: call slots (rows taken with FOR UPDATE SKIP LOCKED under a lease that
 * the holding process renews), a fleet-wide pause after a 429, and a requests-per-minute window. Every statement
 * is one autocommit round-trip; no transaction is held across an LLM call.
 */
@Repository
public class LlmBudgets {
    private final JdbcClient jdbc;

    public LlmBudgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure slots 0..count-1 and the budget row of the key exist (idempotent). */
    public void ensure(LlmBudgetKey key, int count) {
        jdbc.sql("""
                INSERT INTO llm_slots (provider, model, slot) SELECT ?, ?, s FROM generate_series(0, ? - 1) s
                ON CONFLICT DO NOTHING""").params(key.provider(), key.model(), count).update();
        jdbc.sql("INSERT INTO llm_budgets (provider, model) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(key.provider(), key.model()).update();
    }

    /** The outcome of one try: a lease, or none with the fleet's pause end when a 429 pause holds. */
    public record Attempt(Optional<LlmSlotLease> lease, Instant pausedUntil) {
    }

    /** Takes a free (or expired) slot below cap unless the fleet is paused; one statement. */
    public Attempt tryTake(LlmBudgetKey key, int cap, UUID holder, Duration leaseFor) {
        UUID lease = UUID.randomUUID();
        return jdbc.sql("""
                WITH pause AS (
                    SELECT paused_until FROM llm_budgets
                    WHERE provider = :provider AND model = :model AND paused_until > clock_timestamp()),
                taken AS (
                    UPDATE llm_slots SET holder = :holder, lease = :lease,
                        lease_until = clock_timestamp() + make_interval(secs => :seconds)
                    WHERE (provider, model, slot) = (
                        SELECT provider, model, slot FROM llm_slots
                        WHERE provider = :provider AND model = :model AND slot < :cap
                          AND (lease IS NULL OR lease_until < clock_timestamp())
                          AND NOT EXISTS (SELECT 1 FROM pause)
                        LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING slot)
                SELECT (SELECT slot FROM taken) AS slot, (SELECT paused_until FROM pause) AS paused_until""")
                .param("provider", key.provider()).param("model", key.model()).param("holder", holder)
                .param("lease", lease).param("seconds", leaseFor.toMillis() / 1000.0).param("cap", cap)
                .query((rs, n) -> {
                    Integer slot = (Integer) rs.getObject("slot");
                    Timestamp paused = rs.getTimestamp("paused_until");
                    return new Attempt(Optional.ofNullable(slot).map(s -> new LlmSlotLease(key, s, lease)),
                            paused == null ? null : paused.toInstant());
                }).single();
    }

    /** Gives the slot back; a no-op when its lease expired and another holder took it. */
    public void giveBack(LlmSlotLease held) {
        jdbc.sql("""
                UPDATE llm_slots SET holder = NULL, lease = NULL, lease_until = NULL
                WHERE provider = ? AND model = ? AND slot = ? AND lease = ?""")
                .params(held.key().provider(), held.key().model(), held.slot(), held.lease()).update();
    }

    /**
     * Extends a holder's leases (parameters: seconds, holder, uuid[] of leases) and returns those still its own. Run
     * on a connection of its own by the holding process, so it is plain JDBC text.
     */
    public static final String RENEW_LEASES = """
            UPDATE llm_slots SET lease_until = clock_timestamp() + make_interval(secs => ?)
            WHERE holder = ? AND lease = ANY(?) RETURNING lease""";

    /**
     * A 429: pauses the whole fleet until now + retryAfter (or 1 s doubling per consecutive 429, up to 30 s);
     * never shortens a longer pause. Returns the pause end.
     */
    public Instant pause(LlmBudgetKey key, Duration retryAfter) {
        return jdbc.sql("""
                INSERT INTO llm_budgets AS b (provider, model, paused_until, rate_limits)
                VALUES (:provider, :model, clock_timestamp() + make_interval(secs => COALESCE(CAST(:seconds AS float8), 1)), 1)
                ON CONFLICT (provider, model) DO UPDATE SET rate_limits = b.rate_limits + 1,
                    paused_until = GREATEST(b.paused_until, clock_timestamp() + make_interval(secs =>
                        COALESCE(CAST(:seconds AS float8), LEAST(30, power(2, LEAST(b.rate_limits, 5)))::float8)))
                RETURNING paused_until""")
                .param("provider", key.provider()).param("model", key.model())
                .param("seconds", retryAfter == null ? null : retryAfter.toMillis() / 1000.0)
                .query(Timestamp.class).single().toInstant();
    }

    /** The fleet's 429 pause end when one holds now, else null. */
    public Instant pausedUntil(LlmBudgetKey key) {
        return jdbc.sql("SELECT paused_until FROM llm_budgets WHERE provider = ? AND model = ?"
                        + " AND paused_until > clock_timestamp()")
                .params(key.provider(), key.model()).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(null);
    }

    /** A call went through: the next 429 starts the backoff from 1 s again. */
    public void clearRateLimits(LlmBudgetKey key) {
        jdbc.sql("UPDATE llm_budgets SET rate_limits = 0 WHERE provider = ? AND model = ? AND rate_limits > 0")
                .params(key.provider(), key.model()).update();
    }

    /** Counts one request in the current minute if fewer than perMinute started in it; false when it is full. */
    public boolean countRequest(LlmBudgetKey key, int perMinute) {
        return jdbc.sql("""
                UPDATE llm_budgets SET
                    window_calls = CASE WHEN window_start = date_trunc('minute', clock_timestamp())
                        THEN window_calls + 1 ELSE 1 END,
                    window_start = date_trunc('minute', clock_timestamp())
                WHERE provider = ? AND model = ?
                  AND (window_start <> date_trunc('minute', clock_timestamp()) OR window_calls < ?)""")
                .params(key.provider(), key.model(), perMinute).update() == 1;
    }

    /** Slots of the key held under a live lease (for tests and health). */
    public int held(LlmBudgetKey key) {
        return jdbc.sql("SELECT count(*) FROM llm_slots WHERE provider = ? AND model = ? AND lease IS NOT NULL"
                        + " AND lease_until > clock_timestamp()")
                .params(key.provider(), key.model()).query(Integer.class).single();
    }
}
