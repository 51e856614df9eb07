package dev.keel.workflows.pluto.scoring;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A Pluto CSV scoring pipeline: stage rows, extract (0-40 %), score (40-100 %), rank. Id pluto-scoring-{runId}. */
@WorkflowInterface
public interface ScoringPipelineWorkflow {
    /**
     * Runs to complete (KeelOutcome complete or complete_without_ai); continues as new before its history grows
     * large. A workflow cancellation records the run cancelled (slot freed) and ends Cancelled; a batch that
     * failed for good records the run failed and ends Failed (non-retryable PIPELINE_FAILED).
     */
    @WorkflowMethod
    PipelineResult run(PipelineInput input);

    /** Starts AI scoring of a run uploaded with skip_ai_scoring; the validator refuses any other run or phase. */
    @UpdateMethod(description = "Confirm AI scoring of a run uploaded with skip_ai_scoring (extracting or "
            + "waiting_confirmation); refused (CONFLICT) in any other phase")
    ConfirmResult confirmScoring(ConfirmRequest request);

    /** Refuses with a CONFLICT ApplicationFailure unless the run waits for confirmation (or is still extracting). */
    @UpdateValidatorMethod(updateName = "confirmScoring")
    void validateConfirmScoring(ConfirmRequest request);

    /** Legacy signal, kept for histories started before confirmScoring; same effect without an answer. */
    @SignalMethod(description = "Legacy: use the confirmScoring update")
    void confirm();

    /** Legacy signal, kept for running histories: stops dispatching; the run ends (completed) as cancelled. */
    @SignalMethod(description = "Legacy: cancel the workflow instead (POST /api/pluto/cancel does)")
    void cancel();

    /** The workflow's snapshot: status, phase, rows staged and dispatched, batches running, AI availability. */
    @QueryMethod(description = "Status, phase, rows staged/dispatched, batches running, confirmed, ai_unavailable")
    PipelineProgress getProgress();
}
