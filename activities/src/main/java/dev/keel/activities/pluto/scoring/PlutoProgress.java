package dev.keel.activities.pluto.scoring;

import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunQueries;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Progress of a scoring run for the run index ({@code runs.progress}) and its SSE stream ({@code progress}
 * events): phase, total/extracted/scored/failed counts and percent. Written by the batch activities (never per row
 * from the workflow, so history does not grow), at most once per {@link #PERIOD_MILLIS} per run and worker, and
 * at every phase change.
 */
@Component
public class PlutoProgress {
    static final long PERIOD_MILLIS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlutoRunRepository runs;
    private final PlutoRunQueries queries;
    private final RunIndex runIndex;
    private final RunEvents events;
    private final Map<String, Long> lastReported = new ConcurrentHashMap<>();

    public PlutoProgress(PlutoRunRepository runs, PlutoRunQueries queries, RunIndex runIndex, RunEvents events) {
        this.runs = runs;
        this.queries = queries;
        this.runIndex = runIndex;
        this.events = events;
    }

    /** Reports unless this run was reported less than a second ago; never throws (progress is best effort). */
    public void maybeReport(String runId) {
        long now = System.currentTimeMillis();
        Long last = lastReported.get(runId);
        if (last != null && now - last < PERIOD_MILLIS) {
            return;
        }
        lastReported.put(runId, now);
        try {
            runs.find(UUID.fromString(runId)).ifPresent(this::report);
        } catch (RuntimeException e) {
            // a missed progress snapshot is harmless: the next one carries the counts
        }
    }

    /** Reports now (phase changes). */
    public void report(PlutoRun run) {
        lastReported.put(run.id().toString(), System.currentTimeMillis());
        ObjectNode progress = snapshot(run);
        runIndex.updateProgress(run.workflowId(), progress.toString());
        runIndex.findByWorkflowId(run.workflowId()).filter(r -> !r.terminal())
                .ifPresent(r -> events.append(r.id(), "progress", progress.toString(), null));
    }

    public void forget(String runId) {
        lastReported.remove(runId);
    }

    /** The counts of the run now, as stored in runs.progress and sent in progress and closed events. */
    public ObjectNode snapshot(PlutoRun run) {
        PlutoRunQueries.Counts c = queries.counts(run.id());
        int total = run.candidatesTotal();
        ObjectNode node = JSON.createObjectNode();
        node.put("phase", run.status());
        node.put("total", total);
        node.put("extracted", c.extracted());
        node.put("scored", c.scored());
        node.put("failed", c.aiFailed());
        node.put("percent", percent(run.status(), total, c));
        return node;
    }

    static int percent(String status, int total, PlutoRunQueries.Counts c) {
        if (total <= 0) {
            return "complete".equals(status) ? 100 : 0;
        }
        return switch (status) {
            case "extracting" -> Math.min(40, 40 * c.extracted() / total);
            case "waiting_confirmation" -> 40;
            case "scoring" -> Math.min(99, 40 + 60 * c.scored() / total);
            case "complete" -> 100;
            default -> Math.min(100, 40 * c.extracted() / total + 60 * c.scored() / total);
        };
    }
}
