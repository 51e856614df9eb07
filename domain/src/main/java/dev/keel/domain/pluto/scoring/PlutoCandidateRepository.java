package dev.keel.domain.pluto.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** pluto_candidates: rows are keyed by (run, row); every read is scoped by organization. */
@Repository
public class PlutoCandidateRepository {
    static final String COLUMNS = "id, org_id, run_id, row_number, name, job_title, location_city, location_state,"
            + " years_sales_experience, linkedin_headline, profile::text AS profile, signals::text AS signals,"
            + " enrichment_source, algo_score, algo_breakdown::text AS algo_breakdown, ai_status, ai_score,"
            + " ai_result::text AS ai_result, ai_error, final_score, tier";

    /** The same columns without the profile JSON (null in the result): for ranked lists, which do not show it. */
    static final String SUMMARY_COLUMNS = COLUMNS.replace("profile::text AS profile", "NULL::text AS profile");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public PlutoCandidateRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<StoredPlutoCandidate> find(long orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_candidates WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(PlutoCandidateRepository::map).optional();
    }

    /** The run's candidates with row numbers in [fromRow, toRow], in row order. */
    public List<StoredPlutoCandidate> rows(UUID runId, long fromRow, long toRow) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_candidates WHERE run_id = ? AND row_number BETWEEN ? AND ?"
                        + " ORDER BY row_number")
                .params(runId, fromRow, toRow).query(PlutoCandidateRepository::map).list();
    }

    /**
     * Stores freshly extracted rows (no scores yet). Idempotent: a (run, row) already stored is left as it is,
     * so a retried staging step never duplicates a candidate or resets its scores.
     */
    public int stage(long orgId, UUID runId, List<PlutoCandidate> candidates) {
        List<Object[]> rows = candidates.stream().map(c -> new Object[] {UUID.randomUUID(), orgId, runId,
                c.rowNumber(), c.name(), c.title(), c.city(), c.state(), c.yearsSalesExperience(), c.headline(),
                PlutoProfileJson.write(c)}).toList();
        int[] counts = batch.batchUpdate("INSERT INTO pluto_candidates (id, org_id, run_id, row_number, name,"
                + " job_title, location_city, location_state, years_sales_experience, linkedin_headline, profile)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (run_id, row_number) DO NOTHING", rows);
        jdbc.sql("UPDATE pluto_runs SET candidates_staged = (SELECT count(*) FROM pluto_candidates WHERE run_id = ?)"
                + " WHERE id = ?").params(runId, runId).update();
        return java.util.Arrays.stream(counts).map(n -> Math.max(n, 0)).sum();
    }

    static StoredPlutoCandidate map(ResultSet rs, int row) throws SQLException {
        return new StoredPlutoCandidate(rs.getObject("id", UUID.class), rs.getLong("org_id"),
                rs.getObject("run_id", UUID.class), rs.getLong("row_number"), rs.getString("name"),
                rs.getString("job_title"), rs.getString("location_city"), rs.getString("location_state"),
                rs.getObject("years_sales_experience", Double.class), rs.getString("linkedin_headline"),
                rs.getString("profile"), rs.getString("signals"), rs.getString("enrichment_source"),
                rs.getObject("algo_score", Integer.class), rs.getString("algo_breakdown"), rs.getString("ai_status"),
                rs.getObject("ai_score", Integer.class), rs.getString("ai_result"), rs.getString("ai_error"),
                rs.getObject("final_score", Integer.class), rs.getString("tier"));
    }
}
