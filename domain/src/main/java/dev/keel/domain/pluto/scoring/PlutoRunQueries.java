package dev.keel.domain.pluto.scoring;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of a run for status, results and export: counts and ordered slices of its candidates. */
@Repository
public class PlutoRunQueries {
    public record Counts(int staged, int extracted, int scored, int aiFailed) {
    }

    public enum Order {
        /** final score, highest first, unscored last; ties by row. */
        RANKED("final_score DESC NULLS LAST, algo_score DESC NULLS LAST, row_number"),
        /** algo score, highest first; ties by row. */
        ALGO("algo_score DESC NULLS LAST, row_number"),
        ROW("row_number");

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient jdbc;

    public PlutoRunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** From the run's counters (kept in step with the rows by PlutoScoreRepository): no scan of the run's rows. */
    public Counts counts(UUID runId) {
        return jdbc.sql("SELECT candidates_staged, candidates_extracted, candidates_scored, candidates_ai_failed"
                        + " FROM pluto_runs WHERE id = ?")
                .params(runId)
                .query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    /**
     * Candidates of the run in the given order, without their profile JSON (profileJson is null); extractedOnly /
     * scoredOnly narrow to rows past that step.
     */
    public List<StoredPlutoCandidate> slice(UUID runId, Order order, boolean extractedOnly, boolean scoredOnly,
                                            int limit, int offset) {
        // algo_score is set exactly when a row is extracted, final_score when it is scored (or closed without AI):
        // filtering on the ordered column keeps the query on its index
        String where = "run_id = ?" + (extractedOnly ? " AND algo_score IS NOT NULL" : "")
                + (scoredOnly ? " AND final_score IS NOT NULL" : "");
        return jdbc.sql("SELECT " + PlutoCandidateRepository.SUMMARY_COLUMNS + " FROM pluto_candidates WHERE " + where
                        + " ORDER BY " + order.sql + " LIMIT ? OFFSET ?")
                .params(runId, limit, offset).query(PlutoCandidateRepository::map).list();
    }
}
