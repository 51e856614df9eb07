package dev.keel.domain.pluto;

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
        return jdbc.sql("UPDATE pluto_candidates SET signals = ?::jsonb, enrichment_source = ?, algo_score = ?,"
                        + " algo_breakdown = ?::jsonb, extracted_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND extracted_at IS NULL")
                .params(PlutoScoreJson.signals(signals), source, algo.total(), PlutoScoreJson.breakdown(algo), runId, row)
                .update() == 1;
    }

    /** Counts one failed extraction call of the row; returns the failures so far. */
    public int recordExtractFailure(UUID runId, long row) {
        return jdbc.sql("UPDATE pluto_candidates SET extract_failures = extract_failures + 1 WHERE run_id = ?"
                        + " AND row_number = ? RETURNING extract_failures")
                .params(runId, row).query(Integer.class).single();
    }

    /** Stores the AI assessment of a pending row with its final score and tier; false when it was not pending. */
    public boolean saveAssessment(UUID runId, long row, AiAssessment a, int finalScore, Tier tier) {
        return jdbc.sql("UPDATE pluto_candidates SET ai_status = 'scored', ai_score = ?, ai_result = ?::jsonb,"
                        + " ai_error = NULL, final_score = ?, tier = ?, scored_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND ai_status = 'pending'")
                .params(a.score(), PlutoScoreJson.assessment(a), finalScore, tier.label(), runId, row).update() == 1;
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
        return jdbc.sql("UPDATE pluto_candidates SET ai_status = ?, ai_score = NULL, ai_error = ?, final_score = ?,"
                        + " tier = ?, scored_at = now(), updated_at = now()"
                        + " WHERE run_id = ? AND row_number = ? AND ai_status = 'pending'")
                .params(status, error, finalScore, tier.label(), runId, row).update() == 1;
    }

    /** Clears a candidate's scores so it can be extracted and scored again (profile changed). */
    public void reset(long orgId, UUID candidateId) {
        jdbc.sql("UPDATE pluto_candidates SET signals = NULL, enrichment_source = NULL, algo_score = NULL,"
                        + " algo_breakdown = NULL, ai_status = 'pending', ai_score = NULL, ai_result = NULL, ai_error = NULL,"
                        + " final_score = NULL, tier = NULL, extract_failures = 0, ai_failures = 0, extracted_at = NULL,"
                        + " scored_at = NULL, updated_at = now() WHERE org_id = ? AND id = ?")
                .params(orgId, candidateId).update();
    }
}
