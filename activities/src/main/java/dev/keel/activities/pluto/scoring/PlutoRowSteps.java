package dev.keel.activities.pluto.scoring;

import dev.keel.activities.llm.ChatCompletions;
import dev.keel.activities.llm.DatabaseFaults;
import dev.keel.activities.llm.LlmCallException;
import dev.keel.domain.pluto.scoring.AiAssessment;
import dev.keel.domain.pluto.scoring.AlgoScore;
import dev.keel.domain.pluto.scoring.AlgoScorer;
import dev.keel.domain.pluto.scoring.LlmAnswers;
import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoRanking;
import dev.keel.domain.pluto.scoring.PlutoScoreJson;
import dev.keel.domain.pluto.scoring.PlutoScoreRepository;
import dev.keel.domain.pluto.scoring.PlutoSignals;
import dev.keel.domain.pluto.scoring.PlutoSignalsMerge;
import dev.keel.domain.pluto.scoring.PlutoProfileText;
import dev.keel.domain.pluto.scoring.SignalDetector;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.domain.pluto.scoring.Tier;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The per-row work of the pipeline: extraction (LLM signals merged with the keyword detectors, then algo_score)
 * and AI scoring. A row gets three LLM attempts (counted in the database, so crashes do not reset them); then
 * extraction falls back to keywords and scoring stores the row as failed (it counts 50). Only LLM failures count:
 * a cancelled call or a database fault does not.
 */
@Component
public class PlutoRowSteps {
    static final int ATTEMPTS_PER_ROW = 3;
    private static final Duration WRITE_PATIENCE = Duration.ofSeconds(8);

    private final ChatCompletions llm;
    private final PlutoScoreRepository scores;
    private final PlutoLlmLimiter limiter;
    private final HeldAnswers held;
    private final DatabaseFaults faults;

    public PlutoRowSteps(ChatCompletions llm, PlutoScoreRepository scores, PlutoLlmLimiter limiter, HeldAnswers held,
                         DatabaseFaults faults) {
        this.llm = llm;
        this.scores = scores;
        this.limiter = limiter;
        this.held = held;
        this.faults = faults;
    }

    /**
     * release is run once the LLM answered (or failed), before the row is written. An answer whose write failed on a
     * database fault is held and written by the next attempt without a new call.
     */
    RowOutcome extractWithLlm(StoredPlutoCandidate row, Runnable release) {
        PlutoCandidate candidate = row.toCandidate();
        String key = HeldAnswers.key(row.runId().toString(), row.rowNumber(), "signals");
        String answer = held.get(key);
        if (answer == null) {
            try {
                answer = call(ScoringPrompts.SIGNALS_SYSTEM, ScoringPrompts.signalsUser(PlutoProfileText.of(candidate)),
                        release);
            } catch (LlmCallException e) {
                return writing(null, () -> switch (e.kind()) {
                    case RATE_LIMITED -> rateLimited(e);
                    case AUTH, NOT_CONFIGURED -> RowOutcome.unavailable(e.getMessage());
                    case REJECTED -> extractWithKeywords(row);
                    case TRANSIENT -> failedExtraction(row, candidate, e.getMessage());
                    case CANCELLED -> RowOutcome.retry(e.getMessage());
                });
            }
            held.hold(key, answer);
        } else {
            release.run(); // a held answer needs no call
        }
        String given = answer;
        return writing(key, () -> {
            try {
                PlutoSignals found = LlmAnswers.signals(given);
                limiter.succeeded();
                save(row, candidate, PlutoSignalsMerge.merge(SignalDetector.detect(candidate), found), "llm");
                return RowOutcome.DONE;
            } catch (LlmAnswers.MalformedAnswer e) {
                return failedExtraction(row, candidate, "malformed answer: " + e.getMessage());
            }
        });
    }

    RowOutcome extractWithKeywords(StoredPlutoCandidate row) {
        PlutoCandidate candidate = row.toCandidate();
        save(row, candidate, SignalDetector.detect(candidate), "keywords");
        return RowOutcome.DONE;
    }

    /** As extractWithLlm, for AI scoring. */
    RowOutcome scoreWithLlm(StoredPlutoCandidate row, String jobDescription, Runnable release) {
        AlgoScore algo = algo(row);
        String key = HeldAnswers.key(row.runId().toString(), row.rowNumber(), "score");
        String answer = held.get(key);
        if (answer == null) {
            try {
                answer = call(ScoringPrompts.SCORE_SYSTEM, ScoringPrompts.scoreUser(jobDescription, row.profileText(),
                        algo), release);
            } catch (LlmCallException e) {
                return writing(null, () -> switch (e.kind()) {
                    case RATE_LIMITED -> rateLimited(e);
                    case AUTH, NOT_CONFIGURED -> RowOutcome.unavailable(e.getMessage());
                    case REJECTED -> closeWithoutAi(row, "failed", e.getMessage());
                    case TRANSIENT -> failedScoring(row, algo, e.getMessage());
                    case CANCELLED -> RowOutcome.retry(e.getMessage());
                });
            }
            held.hold(key, answer);
        } else {
            release.run(); // a held answer needs no call
        }
        String given = answer;
        return writing(key, () -> {
            try {
                AiAssessment a = LlmAnswers.assessment(given);
                limiter.succeeded();
                int finalScore = PlutoRanking.finalScore(algo.total(), a.score());
                scores.saveAssessment(row.runId(), row.rowNumber(), a, finalScore, Tier.of(finalScore));
                return RowOutcome.DONE;
            } catch (LlmAnswers.MalformedAnswer e) {
                return failedScoring(row, algo, "malformed answer: " + e.getMessage());
            }
        });
    }

    /** The row's writes, retried through a short database fault; a longer one ends the row DATABASE. */
    private RowOutcome writing(String heldKey, Supplier<RowOutcome> write) {
        try {
            RowOutcome outcome = faults.retrying("writing a Pluto row", WRITE_PATIENCE, write);
            if (heldKey != null) {
                held.written(heldKey);
            }
            return outcome;
        } catch (RuntimeException e) {
            if (!DatabaseFaults.isOutage(e)) {
                throw e;
            }
            faults.failed("writing a Pluto row", e);
            return RowOutcome.database("database unavailable");
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
