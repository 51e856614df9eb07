package dev.keel.domain.autopack.builds;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operators' notes of an organization (the seed appended them to .autopack/human_notes.md). */
@Repository
public class HumanNotes {
    private final JdbcClient jdbc;

    public HumanNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the note and answers when it was recorded. */
    public Instant add(long orgId, String runId, String note) {
        return jdbc.sql("INSERT INTO autopack_human_notes (org_id, run_id, note) VALUES (?, ?, ?) RETURNING created_at")
                .params(orgId, runId, note)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }
}
