package dev.keel.api.pluto.scoring;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoResultsResponse;
import dev.keel.domain.pluto.scoring.CsvExport;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunQueries;
import dev.keel.domain.pluto.scoring.PlutoRunQueries.Order;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/pluto/results (ranked, paged with limit/offset) and /api/pluto/results/csv (the whole ranking). */
@RestController
@Tag(name = "pluto")
public class PlutoResultsController {
    static final int MAX_LIMIT = 10_000;
    static final List<String> CSV_HEADER = List.of("rank", "name", "job_title", "location_city", "location_state",
            "years_sales_experience", "linkedin_headline", "algo_score", "ai_score", "ai_status", "final_score", "tier",
            "one_line_summary", "pros", "cons");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlutoPipelines pipelines;
    private final PlutoRunQueries queries;

    public PlutoResultsController(PlutoPipelines pipelines, PlutoRunQueries queries) {
        this.pipelines = pipelines;
        this.queries = queries;
    }

    @GetMapping("/api/pluto/results")
    @Operation(description = "The run's candidates ranked by final score (rank counts from offset + 1).")
    @ApiError(status = 404, description = "No run (of the caller's organization) with that id, or none"
            + " at all")
    public PlutoResultsResponse results(Caller caller, @Parameter(description = PlutoStatusController.RUN_ID)
                                        @RequestParam(name = "run_id", required = false) String runId,
                                        @Parameter(schema = @Schema(minimum = "1", maximum = "10000",
                                                defaultValue = "10000"))
                                        @RequestParam(required = false) Integer limit,
                                        @Parameter(schema = @Schema(minimum = "0", defaultValue = "0"))
                                        @RequestParam(required = false) Integer offset) {
        PlutoRun run = pipelines.resolve(caller, runId);
        int max = PlutoParams.bounded("limit", limit, MAX_LIMIT, 1, MAX_LIMIT);
        int skip = PlutoParams.bounded("offset", offset, 0, 0, Integer.MAX_VALUE);
        return new PlutoResultsResponse(run.id().toString(), run.status(), run.candidatesTotal(),
                PlutoCandidateViews.ranked(queries.slice(run.id(), Order.RANKED, false, false, max, skip), skip + 1));
    }

    @GetMapping("/api/pluto/results/csv")
    @Operation(description = "The whole ranking as a CSV download (columns rank, name, job_title, ..., pros,"
            + " cons; pros and cons joined with \"; \").")
    @ApiResponse(responseCode = "200", description = "The ranking as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    @ApiError(status = 404, description = "No run (of the caller's organization) with that id, or none"
            + " at all")
    public ResponseEntity<String> csv(Caller caller, @Parameter(description = PlutoStatusController.RUN_ID)
                                      @RequestParam(name = "run_id", required = false) String runId)
            throws IOException {
        PlutoRun run = pipelines.resolve(caller, runId);
        List<StoredPlutoCandidate> ranked = queries.slice(run.id(), Order.RANKED, false, false, MAX_LIMIT, 0);
        List<List<String>> rows = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(row(i + 1, ranked.get(i)));
        }
        StringWriter out = new StringWriter();
        CsvExport.write(out, CSV_HEADER, rows);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pluto-ranking-" + run.id() + ".csv\"")
                .body(out.toString());
    }

    private static List<String> row(int rank, StoredPlutoCandidate c) {
        JsonNode ai = c.aiResultJson() == null ? null : JSON.readTree(c.aiResultJson());
        return Arrays.asList(String.valueOf(rank), c.name(), c.jobTitle(), c.locationCity(), c.locationState(),
                c.yearsSalesExperience() == null ? null : String.valueOf(c.yearsSalesExperience()),
                c.linkedinHeadline(), str(c.algoScore()), str(c.aiScore()), c.aiStatus(), str(c.finalScore()), c.tier(),
                ai == null ? null : ai.path("summary").asString(),
                ai == null ? null : join(ai.path("pros")), ai == null ? null : join(ai.path("cons")));
    }

    private static String join(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.forEach(n -> items.add(n.asString()));
        return String.join("; ", items);
    }

    private static String str(Integer v) {
        return v == null ? null : String.valueOf(v);
    }
}
