package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.domain.pluto.PlutoRowProblemRepository;
import dev.keel.domain.pluto.PlutoRun;
import dev.keel.domain.pluto.PlutoRunQueries;
import dev.keel.domain.pluto.PlutoRunQueries.Order;
import dev.keel.workflows.pluto.PipelineProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/pluto/status: the organization's latest run (or ?run_id=), from the workflow and the database. */
@RestController
public class PlutoStatusController {
    static final int PREVIEW = 10;
    static final int LISTED = 25;
    static final int PROBLEMS_LISTED = 100;

    private final PlutoPipelines pipelines;
    private final PlutoRunQueries queries;
    private final PlutoRowProblemRepository problems;
    private final PlutoLiveProgress live;

    public PlutoStatusController(PlutoPipelines pipelines, PlutoRunQueries queries, PlutoRowProblemRepository problems,
                                 PlutoLiveProgress live) {
        this.pipelines = pipelines;
        this.queries = queries;
        this.problems = problems;
        this.live = live;
    }

    @GetMapping("/api/pluto/status")
    public Map<String, Object> status(Caller caller, @RequestParam(name = "run_id", required = false) String runId) {
        PlutoRun run = pipelines.resolve(caller, runId);
        PipelineProgress progress = null;
        if (run.finished()) {
            live.forget(run);
        } else {
            progress = live.query(run).orElse(null);
        }
        String status = progress != null ? progress.status() : run.status();
        String phase = progress != null ? progress.phase() : run.phase();
        PlutoRunQueries.Counts counts = queries.counts(run.id());
        int total = run.candidatesTotal();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", run.id().toString());
        out.put("status", status);
        out.put("phase", phase);
        out.put("progress", PlutoProgressText.percent(status, total, counts));
        out.put("message", PlutoProgressText.message(status, run.message(), total, counts));
        out.put("candidates_total", total);
        out.put("candidates_extracted", counts.extracted());
        out.put("candidates_scored", counts.scored());
        out.put("candidates_ai_failed", counts.aiFailed());
        out.put("skip_ai_scoring", run.skipAiScoring());
        out.put("ai_unavailable", progress != null && progress.aiUnavailable() != null ? progress.aiUnavailable()
                : run.aiUnavailable());
        out.put("extracted_preview", PlutoCandidateViews.ranked(
                queries.slice(run.id(), Order.ROW, true, false, PREVIEW, 0), 1));
        out.put("scored_candidates", PlutoCandidateViews.ranked(
                queries.slice(run.id(), Order.RANKED, false, true, LISTED, 0), 1));
        out.put("algo_ranked", PlutoCandidateViews.ranked(
                queries.slice(run.id(), Order.ALGO, true, false, LISTED, 0), 1));
        List<PlutoRowProblemRepository.StoredProblem> listed = problems.list(run.id(), PROBLEMS_LISTED);
        out.put("skipped_rows", listed.stream().filter(p -> p.skipped())
                .map(p -> Map.of("row", p.rowNumber(), "reason", p.message())).toList());
        out.put("row_problems", listed.stream().filter(p -> !p.skipped())
                .map(PlutoStatusController::problem).toList());
        out.put("created_at", run.createdAt());
        out.put("finished_at", run.finishedAt());
        return out;
    }

    private static Map<String, Object> problem(PlutoRowProblemRepository.StoredProblem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", p.rowNumber());
        out.put("type", p.type().toLowerCase());
        out.put("column", p.column());
        out.put("message", p.message());
        return out;
    }
}
