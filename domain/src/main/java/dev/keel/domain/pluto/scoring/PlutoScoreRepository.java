package dev.keel.domain.pluto.scoring;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-row writes of the scoring pipeline, keyed by (run, row). Each write applies once: a retried batch finds the
 * row already written and changes nothing, so no row is ever scored twice.
 */
@Repository
public class PlutoScoreRepository {
    private final JdbcClient jdbc;

    public PlutoScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores signals and algo score of a row not yet extracted; false when it already was. */
    public boolean saveExtraction(UUID runId, long row, PlutoSignals signals, String source, AlgoScore algo) {
        return counted("UPDATE pluto_candidates SET signals = ?::jsonb, enrichment_source = ?, algo_score = ?,"
                        + " algo_breakdown = ?::jsonb, extracted_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND extracted_at IS NULL RETURNING run_id",
                "candidates_extracted = candidates_extracted + 1",
                PlutoScoreJson.signals(signals), source, algo.total(), PlutoScoreJson.breakdown(algo), runId, row);
    }

    /** Counts one failed extraction call of the row; returns the failures so far. */
    public int recordExtractFailure(UUID runId, long row) {
        return jdbc.sql("UPDATE pluto_candidates SET extract_failures = extract_failures + 1 WHERE run_id = ?"
                        + " AND row_number = ? RETURNING extract_failures")
                .params(runId, row).query(Integer.class).single();
    }

    /** Stores the AI assessment of a pending row with its final score and tier; false when it was not pending. */
    public boolean saveAssessment(UUID runId, long row, AiAssessment a, int finalScore, Tier tier) {
        return counted("UPDATE pluto_candidates SET ai_status = 'scored', ai_score = ?, ai_result = ?::jsonb,"
                        + " ai_error = NULL, final_score = ?, tier = ?, scored_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND ai_status = 'pending' RETURNING run_id",
                "candidates_scored = candidates_scored + 1",
                a.score(), PlutoScoreJson.assessment(a), finalScore, tier.label(), runId, row);
    }

    /** Counts one failed AI scoring call of the row, keeping the last error; returns the failures so far. */
    public int recordAiFailure(UUID runId, long row, String error) {
        return jdbc.sql("UPDATE pluto_candidates SET ai_failures = ai_failures + 1, ai_error = ? WHERE run_id = ?"
                        + " AND row_number = ? RETURNING ai_failures")
                .params(error, runId, row).query(Integer.class).single();
    }

    /**
     * Ends a pending row without an AI score: status failed (counts 50) or skipped (ranked by algo score alone).
     */
    public boolean closeWithoutAi(UUID runId, long row, String status, String error, int finalScore, Tier tier) {
        return counted("UPDATE pluto_candidates SET ai_status = ?, ai_score = NULL, ai_error = ?, final_score = ?,"
                        + " tier = ?, scored_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND ai_status = 'pending' RETURNING run_id",
                "candidates_scored = candidates_scored + 1"
                        + ("failed".equals(status) ? ", candidates_ai_failed = candidates_ai_failed + 1" : ""),
                status, error, finalScore, tier.label(), runId, row);
    }

    /**
     * Runs a row update (RETURNING run_id) and, in the same statement, the run's counter change when a row changed,
     * so the counters can never drift from the rows.
     */
    private boolean counted(String rowUpdate, String counterChange, Object... params) {
        return jdbc.sql("WITH changed AS (" + rowUpdate + ") UPDATE pluto_runs SET " + counterChange
                        + " WHERE id IN (SELECT run_id FROM changed)")
                .params(params).update() == 1;
    }

    /** Clears a candidate's scores so it can be extracted and scored again (profile changed). */
    public void reset(long orgId, UUID candidateId) {
        jdbc.sql("WITH old AS (SELECT run_id, extracted_at IS NOT NULL AS e, ai_status <> 'pending' AS s,"
                        + " ai_status = 'failed' AS f FROM pluto_candidates WHERE org_id = ? AND id = ? FOR UPDATE)"
                        + " UPDATE pluto_runs r SET candidates_extracted = candidates_extracted - old.e::int,"
                        + " candidates_scored = candidates_scored - old.s::int,"
                        + " candidates_ai_failed = candidates_ai_failed - old.f::int FROM old WHERE r.id = old.run_id")
                .params(orgId, candidateId).update();
        jdbc.sql("UPDATE pluto_candidates SET signals = NULL, enrichment_source = NULL, algo_score = NULL,"
                        + " algo_breakdown = NULL, ai_status = 'pending', ai_score = NULL, ai_result = NULL, ai_error = NULL,"
                        + " final_score = NULL, tier = NULL, extract_failures = 0, ai_failures = 0, extracted_at = NULL,"
                        + " scored_at = NULL, updated_at = now() WHERE org_id = ? AND id = ?")
                .params(orgId, candidateId).update();
    }
}
