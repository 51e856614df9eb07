package dev.keel.activities.pluto;

import dev.keel.activities.llm.ChatCompletions;
import dev.keel.activities.llm.LlmCallException;
import dev.keel.domain.pluto.AiAssessment;
import dev.keel.domain.pluto.AlgoScore;
import dev.keel.domain.pluto.AlgoScorer;
import dev.keel.domain.pluto.LlmAnswers;
import dev.keel.domain.pluto.PlutoCandidate;
import dev.keel.domain.pluto.PlutoRanking;
import dev.keel.domain.pluto.PlutoScoreJson;
import dev.keel.domain.pluto.PlutoScoreRepository;
import dev.keel.domain.pluto.PlutoSignals;
import dev.keel.domain.pluto.PlutoSignalsMerge;
import dev.keel.domain.pluto.PlutoProfileText;
import dev.keel.domain.pluto.SignalDetector;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import dev.keel.domain.pluto.Tier;
import org.springframework.stereotype.Component;

/**
 * The per-row work of the pipeline: extraction (LLM signals merged with the keyword detectors, then algo_score)
 * and AI scoring. A row gets three LLM attempts (counted in the database, so crashes do not reset them); then
 * extraction falls back to keywords and scoring stores the row as failed (it counts 50).
 */
@Component
public class PlutoRowSteps {
    static final int ATTEMPTS_PER_ROW = 3;

    private final ChatCompletions llm;
    private final PlutoScoreRepository scores;
    private final PlutoLlmLimiter limiter;

    public PlutoRowSteps(ChatCompletions llm, PlutoScoreRepository scores, PlutoLlmLimiter limiter) {
        this.llm = llm;
        this.scores = scores;
        this.limiter = limiter;
    }

    /** release is run once the LLM answered (or failed), before the row is written. */
    RowOutcome extractWithLlm(StoredPlutoCandidate row, Runnable release) {
        PlutoCandidate candidate = row.toCandidate();
        try {
            PlutoSignals found = LlmAnswers.signals(call(ScoringPrompts.SIGNALS_SYSTEM,
                    ScoringPrompts.signalsUser(PlutoProfileText.of(candidate)), release));
            limiter.succeeded();
            save(row, candidate, PlutoSignalsMerge.merge(SignalDetector.detect(candidate), found), "llm");
            return RowOutcome.DONE;
        } catch (LlmAnswers.MalformedAnswer e) {
            return failedExtraction(row, candidate, "malformed answer: " + e.getMessage());
        } catch (LlmCallException e) {
            return switch (e.kind()) {
                case RATE_LIMITED -> rateLimited(e);
                case AUTH, NOT_CONFIGURED -> RowOutcome.unavailable(e.getMessage());
                case REJECTED -> extractWithKeywords(row);
                case TRANSIENT -> failedExtraction(row, candidate, e.getMessage());
            };
        }
    }

    RowOutcome extractWithKeywords(StoredPlutoCandidate row) {
        PlutoCandidate candidate = row.toCandidate();
        save(row, candidate, SignalDetector.detect(candidate), "keywords");
        return RowOutcome.DONE;
    }

    /** release is run once the LLM answered (or failed), before the row is written. */
    RowOutcome scoreWithLlm(StoredPlutoCandidate row, String jobDescription, Runnable release) {
        AlgoScore algo = algo(row);
        try {
            AiAssessment a = LlmAnswers.assessment(call(ScoringPrompts.SCORE_SYSTEM,
                    ScoringPrompts.scoreUser(jobDescription, row.profileText(), algo), release));
            limiter.succeeded();
            int finalScore = PlutoRanking.finalScore(algo.total(), a.score());
            scores.saveAssessment(row.runId(), row.rowNumber(), a, finalScore, Tier.of(finalScore));
            return RowOutcome.DONE;
        } catch (LlmAnswers.MalformedAnswer e) {
            return failedScoring(row, algo, "malformed answer: " + e.getMessage());
        } catch (LlmCallException e) {
            return switch (e.kind()) {
                case RATE_LIMITED -> rateLimited(e);
                case AUTH, NOT_CONFIGURED -> RowOutcome.unavailable(e.getMessage());
                case REJECTED -> closeWithoutAi(row, "failed", e.getMessage());
                case TRANSIENT -> failedScoring(row, algo, e.getMessage());
            };
        }
    }

    /** failed: AI scoring failed (counts 50); skipped: never asked for, ranked by algo score alone. */
    RowOutcome closeWithoutAi(StoredPlutoCandidate row, String status, String reason) {
        int algo = algo(row).total();
        int finalScore = "failed".equals(status) ? PlutoRanking.finalScore(algo, null) : algo;
        scores.closeWithoutAi(row.runId(), row.rowNumber(), status, reason, finalScore, Tier.of(finalScore));
        return RowOutcome.DONE;
    }

    private String call(String system, String user, Runnable release) throws LlmCallException {
        try {
            return llm.completeJson(system, user);
        } finally {
            release.run();
        }
    }

    void reset(long orgId, java.util.UUID candidateId) {
        scores.reset(orgId, candidateId);
    }

    private RowOutcome failedExtraction(StoredPlutoCandidate row, PlutoCandidate candidate, String error) {
        if (scores.recordExtractFailure(row.runId(), row.rowNumber()) >= ATTEMPTS_PER_ROW) {
            save(row, candidate, SignalDetector.detect(candidate), "keywords");
            return RowOutcome.DONE;
        }
        return RowOutcome.retry(error);
    }

    private RowOutcome failedScoring(StoredPlutoCandidate row, AlgoScore algo, String error) {
        if (scores.recordAiFailure(row.runId(), row.rowNumber(), error) >= ATTEMPTS_PER_ROW) {
            return closeWithoutAi(row, "failed", "AI scoring failed " + ATTEMPTS_PER_ROW + " times: " + error);
        }
        return RowOutcome.retry(error);
    }

    private RowOutcome rateLimited(LlmCallException e) {
        limiter.rateLimited(e.retryAfter());
        return RowOutcome.rateLimited(e.retryAfter());
    }

    private void save(StoredPlutoCandidate row, PlutoCandidate candidate, PlutoSignals signals, String source) {
        scores.saveExtraction(row.runId(), row.rowNumber(), signals, source,
                AlgoScorer.score(candidate.yearsSalesExperience(), signals));
    }

    /** The stored algo score, or the keyword one for a row that somehow was never extracted. */
    private static AlgoScore algo(StoredPlutoCandidate row) {
        if (row.algoScore() != null && row.algoBreakdownJson() != null) {
            return PlutoScoreJson.readBreakdown(row.algoBreakdownJson());
        }
        return AlgoScorer.score(row.toCandidate());
    }
}
