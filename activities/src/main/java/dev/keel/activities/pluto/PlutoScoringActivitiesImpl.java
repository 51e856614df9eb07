package dev.keel.activities.pluto;

import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import dev.keel.domain.pluto.PlutoRun;
import dev.keel.domain.pluto.PlutoRunRepository;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.BatchRef;
import dev.keel.workflows.pluto.BatchResult;
import dev.keel.workflows.pluto.CandidateRef;
import dev.keel.workflows.pluto.PhaseUpdate;
import dev.keel.workflows.pluto.PlutoScoringActivities;
import dev.keel.workflows.pluto.RunRef;
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
    private final PlutoLlmLimiter limiter;
    private final RunIndex runIndex;
    private final RunEvents runEvents;

    public PlutoScoringActivitiesImpl(PlutoRunRepository runs, PlutoCandidateRepository candidates, PlutoStaging staging,
                                      PlutoRowSteps steps, PlutoBatchRunner runner, PlutoLlmLimiter limiter,
                                      RunIndex runIndex, RunEvents runEvents) {
        this.runs = runs;
        this.candidates = candidates;
        this.staging = staging;
        this.steps = steps;
        this.runner = runner;
        this.limiter = limiter;
        this.runIndex = runIndex;
        this.runEvents = runEvents;
    }

    @Override
    public int stageRows(RunRef ref) {
        return staging.stage(run(ref.orgId(), ref.runId()));
    }

    @Override
    public BatchResult extractBatch(BatchRef batch) {
        List<StoredPlutoCandidate> pending = rows(batch).stream().filter(r -> r.signalsJson() == null).toList();
        if (!batch.useAi()) {
            pending.forEach(steps::extractWithKeywords);
            return new BatchResult(pending.size(), 0, null);
        }
        PlutoBatchRunner.Summary s = runner.run(batch.runId(), pending, steps::extractWithLlm,
                (row, reason) -> steps.extractWithKeywords(row));
        return new BatchResult(s.done(), 0, s.unavailable());
    }

    @Override
    public BatchResult scoreBatch(BatchRef batch) {
        List<StoredPlutoCandidate> pending = rows(batch).stream().filter(r -> "pending".equals(r.aiStatus())).toList();
        if (!batch.useAi()) {
            String status = batch.aiUnavailable() != null ? "failed" : "skipped";
            pending.forEach(row -> steps.closeWithoutAi(row, status, batch.aiUnavailable()));
            return new BatchResult(pending.size(), 0, null);
        }
        String jobDescription = run(batch.orgId(), batch.runId()).jobDescription();
        PlutoBatchRunner.Summary s = runner.run(batch.runId(), pending, (row, release) -> steps.scoreWithLlm(row, jobDescription, release),
                (row, reason) -> steps.closeWithoutAi(row, "failed", reason));
        return new BatchResult(s.done(), 0, s.unavailable());
    }

    @Override
    public void recordPhase(PhaseUpdate u) {
        PlutoRun run = run(u.orgId(), u.runId());
        runs.updateProgress(run.id(), u.status(), u.phase(), u.message(), u.finished());
        String indexStatus = switch (u.status()) {
            case "complete" -> "completed";
            case "failed", "cancelled" -> u.status();
            default -> "running";
        };
        runIndex.updateStatus(run.workflowId(), indexStatus, u.finished());
        runIndex.findByWorkflowId(run.workflowId()).ifPresent(r -> runEvents.append(r.id(), "phase",
                "{\"status\":\"" + u.status() + "\",\"phase\":\"" + u.phase() + "\"}", "phase-" + u.status()));
        if (u.finished()) {
            limiter.forget(u.runId());
        }
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
