package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.PlutoRun;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/pluto/confirm starts AI scoring of a run uploaded with skip_ai_scoring; POST /api/pluto/cancel stops
 * the organization's unfinished run. Both take an optional run_id (default: the latest run).
 */
@RestController
public class PlutoRunControlController {
    private final PlutoPipelines pipelines;

    public PlutoRunControlController(PlutoPipelines pipelines) {
        this.pipelines = pipelines;
    }

    @PostMapping("/api/pluto/confirm")
    public Map<String, Object> confirm(Caller caller, @RequestParam(name = "run_id", required = false) String runId) {
        PlutoRun run = unfinished(caller, runId);
        if (!run.skipAiScoring()) {
            throw ApiException.conflict("Run " + run.id() + " was not uploaded with skip_ai_scoring; nothing to confirm");
        }
        signal(() -> pipelines.workflow(run).confirm());
        return Map.of("run_id", run.id().toString(), "message", "AI scoring confirmed");
    }

    @PostMapping("/api/pluto/cancel")
    public Map<String, Object> cancel(Caller caller, @RequestParam(name = "run_id", required = false) String runId) {
        PlutoRun run = unfinished(caller, runId);
        signal(() -> pipelines.workflow(run).cancel());
        return Map.of("run_id", run.id().toString(), "message", "Cancellation requested");
    }

    private PlutoRun unfinished(Caller caller, String runId) {
        PlutoRun run = pipelines.resolve(caller, runId);
        if (run.finished()) {
            throw ApiException.conflict("Run " + run.id() + " is already " + run.status());
        }
        return run;
    }

    private static void signal(Runnable send) {
        try {
            send.run();
        } catch (io.temporal.client.WorkflowNotFoundException e) {
            throw ApiException.conflict("The run has already ended");
        } catch (io.temporal.client.WorkflowServiceException e) {
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        }
    }
}
