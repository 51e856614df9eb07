package dev.keel.activities.pluto.scoring;

import dev.keel.activities.pluto.RunEnd;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.workflows.pluto.scoring.PhaseUpdate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a scoring run's phase change in pluto_runs, the run index and the run's events: an open phase moves the
 * index row (running / waiting) and appends a phase and a progress event; the end closes the row with the outcome
 * and appends the final event (outcome, counts, failures, reason). A finished run is never reopened.
 */
@Component
public class PlutoPhases {
    private final PlutoRunRepository runs;
    private final RunIndex runIndex;
    private final RunEvents events;
    private final RunEnd end;
    private final PlutoProgress progress;
    private final PlutoLlmLimiter limiter;

    public PlutoPhases(PlutoRunRepository runs, RunIndex runIndex, RunEvents events, RunEnd end,
                       PlutoProgress progress, PlutoLlmLimiter limiter) {
        this.runs = runs;
        this.runIndex = runIndex;
        this.events = events;
        this.end = end;
        this.progress = progress;
        this.limiter = limiter;
    }

    void record(PlutoRun run, PhaseUpdate u) {
        runs.updateProgress(run.id(), u.status(), u.phase(), u.message(), u.finished());
        if (u.aiUnavailable() != null) {
            runs.recordAiUnavailable(run.id(), u.aiUnavailable());
        }
        PlutoRun now = runs.find(run.id()).orElse(run);
        if (!u.finished()) {
            runIndex.markOpen(run.workflowId(), "waiting_confirmation".equals(u.status()) ? RunStatus.WAITING
                    : RunStatus.RUNNING);
            runIndex.findByWorkflowId(run.workflowId()).ifPresent(r -> events.append(r.id(), "phase",
                    "{\"status\":\"" + u.status() + "\",\"phase\":\"" + u.phase() + "\"}", "phase-" + u.status()));
            progress.report(now);
            return;
        }
        ObjectNode counts = progress.snapshot(now);
        runIndex.updateProgress(run.workflowId(), counts.toString());
        RunStatus status = switch (u.status()) {
            case "failed" -> RunStatus.FAILED;
            case "cancelled" -> RunStatus.CANCELLED;
            default -> RunStatus.COMPLETED;
        };
        String outcome = u.outcome() != null ? u.outcome() : u.status();
        String error = status == RunStatus.COMPLETED ? null : u.message();
        if (now.aiUnavailable() != null) {
            counts.put("ai_unavailable", now.aiUnavailable());
        }
        counts.put("message", u.message());
        end.close(run.workflowId(), status, outcome, error, counts);
        limiter.forget(u.runId());
        progress.forget(u.runId());
    }
}
