package dev.keel.api.pluto.scoring;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoRowProblem;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoSkippedRow;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoStatusResponse;
import dev.keel.domain.pluto.scoring.PlutoRowProblemRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunQueries;
import dev.keel.domain.pluto.scoring.PlutoRunQueries.Order;
import dev.keel.workflows.pluto.scoring.PipelineProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/pluto/status: the organization's latest run (or ?run_id=), from the workflow and the database. */
@RestController
@Tag(name = "pluto")
public class PlutoStatusController {
    static final int PREVIEW = 10;
    static final int LISTED = 25;
    static final int PROBLEMS_LISTED = 100;
    static final String RUN_ID = "The run; default the organization's latest";

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
    @Operation(description = "Progress of the organization's latest run (or run_id), with a preview of extracted"
            + " candidates, the scored and algo-ranked lists (25 each) and up to 100 row problems.")
    @ApiError(status = 404, description = "No run (of the caller's organization) with that id, or none"
            + " at all")
    public PlutoStatusResponse status(Caller caller, @Parameter(description = RUN_ID)
                                      @RequestParam(name = "run_id", required = false) String runId) {
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
        List<PlutoRowProblemRepository.StoredProblem> listed = problems.list(run.id(), PROBLEMS_LISTED);
        return new PlutoStatusResponse(run.id().toString(), status, phase,
                PlutoProgressText.percent(status, total, counts),
                PlutoProgressText.message(status, run.message(), total, counts), total, counts.extracted(),
                counts.scored(), counts.aiFailed(), run.skipAiScoring(),
                progress != null && progress.aiUnavailable() != null ? progress.aiUnavailable() : run.aiUnavailable(),
                PlutoCandidateViews.ranked(queries.slice(run.id(), Order.ROW, true, false, PREVIEW, 0), 1),
                PlutoCandidateViews.ranked(queries.slice(run.id(), Order.RANKED, false, true, LISTED, 0), 1),
                PlutoCandidateViews.ranked(queries.slice(run.id(), Order.ALGO, true, false, LISTED, 0), 1),
                listed.stream().filter(p -> p.skipped()).map(p -> new PlutoSkippedRow(p.rowNumber(), p.message()))
                        .toList(),
                listed.stream().filter(p -> !p.skipped()).map(p -> new PlutoRowProblem(p.rowNumber(),
                        p.type().toLowerCase(), p.column(), p.message())).toList(),
                run.createdAt(), run.finishedAt());
    }
}
