package dev.keel.domain.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only progress events of runs, written by activities and streamed over SSE. */
@Repository
public class RunEvents {
    private final JdbcClient jdbc;

    public RunEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends an event. With a dedupe key the append is idempotent (an activity retry writes it once);
     * the result is empty when the event already existed.
     */
    public Optional<Long> append(long runId, String type, String jsonData, String dedupeKey) {
        return jdbc.sql("""
                        INSERT INTO run_events (run_id, type, data, dedupe_key)
                        VALUES (?, ?, CAST(? AS JSONB), ?)
                        ON CONFLICT (run_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
                        RETURNING id""")
                .params(runId, type, jsonData == null ? "{}" : jsonData, dedupeKey)
                .query(Long.class)
                .optional();
    }

    /** Events of a run with an id greater than {@code afterId}, oldest first. */
    public List<RunEvent> after(long runId, long afterId, int limit) {
        return jdbc.sql("SELECT id, run_id, type, data::text AS data, created_at FROM run_events"
                        + " WHERE run_id = ? AND id > ? ORDER BY id LIMIT ?")
                .params(runId, afterId, limit)
                .query((rs, row) -> new RunEvent(rs.getLong("id"), rs.getLong("run_id"), rs.getString("type"),
                        rs.getString("data"), RunIndex.instant(rs.getTimestamp("created_at"))))
                .list();
    }
}
