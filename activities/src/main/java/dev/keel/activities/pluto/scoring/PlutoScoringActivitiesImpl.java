package dev.keel.activities.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.scoring.BatchRef;
import dev.keel.workflows.pluto.scoring.BatchResult;
import dev.keel.workflows.pluto.briefs.CandidateRef;
import dev.keel.workflows.pluto.scoring.PhaseUpdate;
import dev.keel.workflows.pluto.scoring.PlutoScoringActivities;
import dev.keel.workflows.pluto.scoring.RunRef;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class PlutoScoringActivitiesImpl implements PlutoScoringActivities {
    private final PlutoRunRepository runs;
    private final PlutoCandidateRepository candidates;
    private final PlutoStaging staging;
    private final PlutoRowSteps steps;
    private final PlutoBatchRunner runner;
    private final PlutoPhases phases;
    private final PlutoProgress progress;

    public PlutoScoringActivitiesImpl(PlutoRunRepository runs, PlutoCandidateRepository candidates, PlutoStaging staging,
                                      PlutoRowSteps steps, PlutoBatchRunner runner, PlutoPhases phases,
                                      PlutoProgress progress) {
        this.runs = runs;
        this.candidates = candidates;
        this.staging = staging;
        this.steps = steps;
        this.runner = runner;
        this.phases = phases;
        this.progress = progress;
    }

    @Override
    public int stageRows(RunRef ref) {
        return staging.stage(run(ref.orgId(), ref.runId()));
    }

    @Override
    public BatchResult extractBatch(BatchRef batch) {
        List<StoredPlutoCandidate> rows = rows(batch);
        List<StoredPlutoCandidate> pending = rows.stream().filter(r -> r.signalsJson() == null).toList();
        if (!batch.useAi()) {
            pending.forEach(steps::extractWithKeywords);
            return result(batch, pending.size(), 0, null, rows.size());
        }
        PlutoBatchRunner.Summary s = runner.run(batch.runId(), pending, steps::extractWithLlm,
                (row, reason) -> steps.extractWithKeywords(row));
        return result(batch, s.done(), 0, s.unavailable(), rows.size());
    }

    @Override
    public BatchResult scoreBatch(BatchRef batch) {
        List<StoredPlutoCandidate> rows = rows(batch);
        List<StoredPlutoCandidate> pending = rows.stream().filter(r -> "pending".equals(r.aiStatus())).toList();
        if (!batch.useAi()) {
            String status = batch.aiUnavailable() != null ? "failed" : "skipped";
            pending.forEach(row -> steps.closeWithoutAi(row, status, batch.aiUnavailable()));
            return result(batch, pending.size(), batch.aiUnavailable() != null ? pending.size() : 0, null, rows.size());
        }
        String jobDescription = run(batch.orgId(), batch.runId()).jobDescription();
        PlutoBatchRunner.Summary s = runner.run(batch.runId(), pending,
                (row, release) -> steps.scoreWithLlm(row, jobDescription, release),
                (row, reason) -> steps.closeWithoutAi(row, "failed", reason));
        int failed = (int) rows(batch).stream().filter(r -> "failed".equals(r.aiStatus())).count();
        return result(batch, s.done(), failed, s.unavailable(), rows.size());
    }

    /** Counts the batch over all attempts, keeps ai_unavailable on the run, reports progress (throttled). */
    private BatchResult result(BatchRef batch, int processed, int llmFailed, String unavailable, int batchRows) {
        if (unavailable != null) {
            runs.recordAiUnavailable(UUID.fromString(batch.runId()), unavailable);
        }
        progress.maybeReport(batch.runId());
        int attempt = Activity.getExecutionContext().getInfo().getAttempt();
        return new BatchResult(processed, llmFailed, unavailable, batchRows, attempt);
    }

    @Override
    public void recordPhase(PhaseUpdate update) {
        phases.record(run(update.orgId(), update.runId()), update);
    }

    @Override
    public void rescoreCandidate(CandidateRef ref) {
        PlutoRescore.rescore(ref, candidates, runs, steps);
    }

    private List<StoredPlutoCandidate> rows(BatchRef batch) {
        return candidates.rows(UUID.fromString(batch.runId()), batch.fromRow(), batch.toRow());
    }

    private PlutoRun run(long orgId, String runId) {
        return runs.find(orgId, UUID.fromString(runId)).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Pluto run " + runId + " not found", FailureType.NOT_FOUND.type()));
    }
}
