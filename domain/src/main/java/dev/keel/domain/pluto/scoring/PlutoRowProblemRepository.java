package dev.keel.domain.pluto.scoring;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Row problems of a run, keyed by (run, row, type, column): recording them again changes nothing. */
@Repository
public class PlutoRowProblemRepository {
    /** A stored problem; skipped tells whether the row was left out (else it was kept and the problem worked around). */
    public record StoredProblem(long rowNumber, String type, String column, String message, boolean skipped) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public PlutoRowProblemRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void record(UUID runId, List<StoredProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO pluto_row_problems (run_id, row_number, type, column_name, message, skipped)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                problems.stream().map(p -> new Object[] {runId, p.rowNumber(), p.type(),
                        p.column() == null ? "" : p.column(), p.message(), p.skipped()}).toList());
    }

    public List<StoredProblem> list(UUID runId, int limit) {
        return jdbc.sql("SELECT row_number, type, column_name, message, skipped FROM pluto_row_problems WHERE run_id = ?"
                        + " ORDER BY row_number, type, column_name LIMIT ?")
                .params(runId, limit)
                .query((rs, i) -> new StoredProblem(rs.getLong(1), rs.getString(2),
                        rs.getString(3).isEmpty() ? null : rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    public long count(UUID runId, boolean skipped) {
        return jdbc.sql("SELECT count(*) FROM pluto_row_problems WHERE run_id = ? AND skipped = ?")
                .params(runId, skipped).query(Long.class).single();
    }
}
