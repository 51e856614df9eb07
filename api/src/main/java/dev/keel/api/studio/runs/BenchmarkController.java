package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.temporal.client.WorkflowClient;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Benchmark runs (seed 001): POST /api/benchmark starts a BenchmarkRunWorkflow and answers with its SSE stream;
 * GET /api/benchmark/{run_id}/events reopens it (after Last-Event-ID); POST /api/benchmark/cancel cancels.
 */
@RestController
@Tag(name = "studio")
public class BenchmarkController {
    private static final String SSE_DOC = "Server-sent events: data frames {type: progress|result|skipped|heartbeat|"
            + "cancelled|complete|error, run_id, ...}, each with the event's sequence number as id";

    private final BenchmarkStarter starter;
    private final BenchmarkStream stream;
    private final StudioRuns runs;
    private final RunIndex runIndex;
    private final WorkflowClient client;

    public BenchmarkController(BenchmarkStarter starter, BenchmarkStream stream, StudioRuns runs, RunIndex runIndex,
                               WorkflowClient client) {
        this.starter = starter;
        this.stream = stream;
        this.runs = runs;
        this.runIndex = runIndex;
        this.client = client;
    }

    @PostMapping(value = "/api/benchmark", produces = "text/event-stream")
    @Operation(description = "Starts a benchmark run and streams its events. The run goes on when the client "
            + "leaves; reconnect with GET /api/benchmark/{run_id}/events (the run id is in every event and the "
            + "X-Run-Id header).")
    @ApiResponse(responseCode = "200", description = SSE_DOC,
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ApiError(status = 409, description = "Benchmark already running")
    @ApiError(status = 429, description = "Hourly benchmark limit or runs-per-benchmark limit exceeded")
    ResponseEntity<SseEmitter> start(Caller caller, @Valid @RequestBody BenchmarkRequest body) {
        StudioRun run = starter.start(caller, body);
        return sse(run, null);
    }

    @GetMapping(value = "/api/benchmark/{run_id}/events", produces = "text/event-stream")
    @Operation(description = "The run's events from the start, or after Last-Event-ID; ends when the run has ended.")
    @ApiResponse(responseCode = "200", description = SSE_DOC,
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    ResponseEntity<SseEmitter> events(Caller caller, @PathVariable("run_id") String runId,
                                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        StudioRun run = owned(caller, runId);
        return sse(run, lastEventId);
    }

    /** The original's cancel reply. */
    public record BenchmarkCancelResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
                                          String runId) {
    }

    @PostMapping("/api/benchmark/cancel")
    @Operation(description = "Cancels the caller's running benchmark (run_id, else the latest running one); the "
            + "results so far are kept and the run is marked cancelled. Always 200, as the original.")
    BenchmarkCancelResponse cancel(Caller caller, @Valid @RequestBody(required = false) BenchmarkCancelRequest body) {
        long userId = StudioCallers.userId(caller);
        String runId = body == null ? null : body.runId() != null ? body.runId() : body.jobId();
        StudioRun run = runId == null ? runs.latestActive(caller.orgId(), userId).orElse(null)
                : runs.findOwned(caller.orgId(), userId, runId).orElse(null);
        if (run != null && StudioRun.RUNNING.equals(run.status())) {
            client.newUntypedWorkflowStub(run.workflowId()).cancel("Cancelled with POST /api/benchmark/cancel");
        }
        return new BenchmarkCancelResponse("ok", "Cancellation requested", run == null ? null : run.id());
    }

    private StudioRun owned(Caller caller, String runId) {
        return runs.findOwned(caller.orgId(), StudioCallers.userId(caller), runId)
                .orElseThrow(() -> ApiException.notFound("Run not found"));
    }

    private ResponseEntity<SseEmitter> sse(StudioRun run, String lastEventId) {
        RunRecord index = runIndex.findByWorkflowId(run.workflowId())
                .orElseThrow(() -> ApiException.notFound("Run not found"));
        return ResponseEntity.ok()
                .header("Cache-Control", "no-cache, no-store, must-revalidate")
                .header("X-Accel-Buffering", "no")
                .header("X-Run-Id", run.id())
                .body(stream.stream(index, lastEventId));
    }
}
