package dev.keel.domain.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Append-only progress events of runs, written by activities and streamed over SSE. */
@Repository
public class RunEvents {
    /** The type of the last event of a closed run: status, outcome, error and the last progress counts. */
    public static final String CLOSED = "closed";

    private final JdbcClient jdbc;

    public RunEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends an event as the run's next in sequence (1, 2, 3...; appends to one run are serialized on its run
     * row, so the sequence has no gaps). With a dedupe key the append is idempotent (an activity retry writes it
     * once). Returns the event's sequence number, empty when the event already existed or the run does not.
     */
    @Transactional
    public Optional<Long> append(long runId, String type, String jsonData, String dedupeKey) {
        boolean runExists = jdbc.sql("SELECT id FROM runs WHERE id = ? FOR UPDATE").param(runId)
                .query(Long.class).optional().isPresent();
        if (!runExists) {
            return Optional.empty();
        }
        if (dedupeKey != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM run_events WHERE run_id = ? AND dedupe_key = ?)")
                .params(runId, dedupeKey).query(Boolean.class).single()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        INSERT INTO run_events (run_id, seq, type, data, dedupe_key)
                        SELECT ?, coalesce(max(seq), 0) + 1, ?, CAST(? AS JSONB), ? FROM run_events WHERE run_id = ?
                        RETURNING seq""")
                .params(runId, type, jsonData == null ? "{}" : jsonData, dedupeKey, runId)
                .query(Long.class)
                .optional();
    }

    /** Events of a run after sequence number {@code afterSeq}, in order. */
    public List<RunEvent> after(long runId, long afterSeq, int limit) {
        return jdbc.sql("SELECT id, run_id, seq, type, data::text AS data, created_at FROM run_events"
                        + " WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                .params(runId, afterSeq, limit)
                .query((rs, row) -> new RunEvent(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("seq"),
                        rs.getString("type"), rs.getString("data"), RunIndex.instant(rs.getTimestamp("created_at"))))
                .list();
    }

    /** Whether the run's final {@value #CLOSED} event has been appended. */
    public boolean hasClosedEvent(long runId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM run_events WHERE run_id = ? AND type = ?)")
                .params(runId, CLOSED).query(Boolean.class).single();
    }
}
