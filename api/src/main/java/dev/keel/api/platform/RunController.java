package dev.keel.api.platform;

import dev.keel.api.identity.Caller;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowKind;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's organization's workflow runs, from Keel's run index, and their event streams. */
@RestController
public class RunController {
    private final RunIndex runs;
    private final RunEventStreamer streamer;

    public RunController(RunIndex runs, RunEventStreamer streamer) {
        this.runs = runs;
        this.streamer = streamer;
    }

    public record RunPage(List<RunRecord> items, long total, int limit, int offset) {
    }

    @GetMapping("/api/runs")
    RunPage list(Caller caller, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (kind != null && WorkflowKind.of(kind).isEmpty()) {
            throw ApiException.unprocessable("kind: unknown run kind '" + kind + "'; one of "
                    + Arrays.stream(WorkflowKind.values()).map(WorkflowKind::kind).toList());
        }
        if (status != null && RunStatus.parse(status).isEmpty()) {
            throw ApiException.unprocessable("status: unknown run status '" + status + "'; one of "
                    + Arrays.stream(RunStatus.values()).map(RunStatus::wire).toList());
        }
        if (limit < 1 || limit > 100) {
            throw ApiException.unprocessable("limit must be between 1 and 100");
        }
        if (offset < 0) {
            throw ApiException.unprocessable("offset cannot be negative");
        }
        return new RunPage(runs.list(caller.orgId(), kind, status, limit, offset),
                runs.count(caller.orgId(), kind, status), limit, offset);
    }

    @GetMapping("/api/runs/{runId}")
    RunRecord get(Caller caller, @PathVariable long runId) {
        return runs.find(caller.orgId(), runId).orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
    }

    @GetMapping(value = "/api/runs/{runId}/events", produces = "text/event-stream")
    SseEmitter events(Caller caller, @PathVariable long runId,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        RunRecord run = get(caller, runId);
        return streamer.stream(run, lastEventId);
    }
}
