package dev.keel.api.pluto.scoring;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoCancelResponse;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoConfirmResponse;
import dev.keel.api.runs.WorkflowUpdates;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.workflows.pluto.scoring.ConfirmRequest;
import dev.keel.workflows.pluto.scoring.ConfirmResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/pluto/confirm starts AI scoring of a run uploaded with skip_ai_scoring (a workflow update: the
 * workflow's validator refuses a wrong phase, 409); POST /api/pluto/cancel cancels the run's workflow, which
 * records the run cancelled itself. Both take an optional run_id (default: the latest run).
 */
@RestController
@Tag(name = "pluto")
public class PlutoRunControlController {
    private final PlutoPipelines pipelines;
    private final PlutoRunSlots slots;
    private final WorkflowUpdates updates;

    public PlutoRunControlController(PlutoPipelines pipelines, PlutoRunSlots slots, WorkflowUpdates updates) {
        this.pipelines = pipelines;
        this.slots = slots;
        this.updates = updates;
    }

    @PostMapping("/api/pluto/confirm")
    @Operation(description = "Confirms AI scoring of a run waiting for confirmation.")
    @ApiError(status = 404, description = "No run (of the caller's organization) with that id, or none"
            + " at all")
    @ApiError(status = 409, description = "The run is in another phase, was not uploaded with"
            + " skip_ai_scoring, or has ended")
    @ApiError(status = 503, description = "Temporal is unavailable")
    public PlutoConfirmResponse confirm(Caller caller, @Parameter(description = PlutoStatusController.RUN_ID)
                                        @RequestParam(name = "run_id", required = false) String runId) {
        PlutoRun run = unfinished(caller, runId);
        if (!run.skipAiScoring()) {
            throw ApiException.conflict("Run " + run.id() + " was not uploaded with skip_ai_scoring; nothing to confirm");
        }
        ConfirmResult result = updates.send(run.workflowId(),
                () -> pipelines.workflow(run).confirmScoring(new ConfirmRequest(caller.userId())), () -> gone(run));
        return new PlutoConfirmResponse(result.runId(), result.status(), result.message());
    }

    @PostMapping("/api/pluto/cancel")
    @Operation(description = "Cancels the run's workflow; the workflow records the run cancelled and frees the "
            + "organization's slot. A run whose workflow already ended is closed now (200).")
    @ApiError(status = 404, description = "No run (of the caller's organization) with that id, or none"
            + " at all")
    @ApiError(status = 409, description = "The run has already finished, or has not started yet")
    @ApiError(status = 503, description = "Temporal is unavailable")
    public PlutoCancelResponse cancel(Caller caller, @Parameter(description = PlutoStatusController.RUN_ID)
                                      @RequestParam(name = "run_id", required = false) String runId) {
        PlutoRun run = unfinished(caller, runId);
        try {
            WorkflowStub.fromTyped(pipelines.workflow(run)).cancel("Cancelled with POST /api/pluto/cancel");
            return new PlutoCancelResponse(run.id().toString(), "Cancellation requested");
        } catch (WorkflowNotFoundException e) {
            if (slots.closeIfAbandoned(run)) {
                return new PlutoCancelResponse(run.id().toString(),
                        "The run's workflow had already ended; the run is closed now");
            }
            throw ApiException.conflict("Run " + run.id() + " has not started yet (Temporal is unavailable); "
                    + "try again later");
        } catch (WorkflowServiceException e) {
            throw temporalDown();
        }
    }

    private PlutoRun unfinished(Caller caller, String runId) {
        PlutoRun run = pipelines.resolve(caller, runId);
        if (run.finished()) {
            throw ApiException.conflict("Run " + run.id() + " is already " + run.status());
        }
        return run;
    }

    private ApiException gone(PlutoRun run) {
        slots.closeIfAbandoned(run);
        return ApiException.conflict("Run " + run.id() + " has already ended");
    }

    private static ApiException temporalDown() {
        return ApiException.unavailable("Temporal is unavailable; try again later");
    }
}
