package dev.keel.workflows.pluto.scoring;

import dev.keel.workflows.pluto.briefs.CandidateRef;
import io.temporal.activity.ActivityInterface;

@ActivityInterface(namePrefix = "PlutoScoring")
public interface PlutoScoringActivities {
    /**
     * Parses the run's stored CSV and stores every usable row as a candidate (deterministic extraction) and every
     * row problem. Idempotent: keyed by (run, row). Heartbeats the rows read. Returns the highest row number staged (0 when none); batches cover 1..that.
     */
    int stageRows(RunRef run);

    /**
     * Enriches the batch's rows not yet extracted (LLM signals when useAi, else or on failure keywords), computes
     * algo_score and writes each row. Rows done by an earlier attempt are skipped. A transient LLM failure leaves
     * the row for the next attempt (retryable failure after the batch); after the row's third failure the row falls
     * back to keyword signals. Heartbeats.
     */
    BatchResult extractBatch(BatchRef batch);

    /**
     * AI-scores the batch's rows still pending, writing score, summary, pros, cons, reasoning, 3 questions, final
     * score and tier per row. A row whose scoring failed three times is stored as failed (counts 50). Without useAi
     * every pending row is stored as skipped (algo only). Heartbeats.
     */
    BatchResult scoreBatch(BatchRef batch);

    /** Records the run's status / phase in pluto_runs and the run index; a finished run is never reopened. */
    void recordPhase(PhaseUpdate update);

    /**
     * Re-extracts and re-scores one candidate after its profile changed (intake): signals, algo score, AI score,
     * final score and tier. Idempotent (overwrites the candidate's scores).
     */
    void rescoreCandidate(CandidateRef candidate);
}
