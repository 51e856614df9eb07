package dev.keel.workflows.pluto;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A Pluto CSV scoring pipeline: stage rows, extract (0-40 %), score (40-100 %), rank. Id pluto-scoring-{runId}. */
@WorkflowInterface
public interface ScoringPipelineWorkflow {
    /** Runs to complete, cancelled or failed; continues as new before its history grows large. */
    @WorkflowMethod
    PipelineResult run(PipelineInput input);

    /** Starts AI scoring of a run that waits for confirmation (uploaded with skip_ai_scoring); ignored otherwise. */
    @SignalMethod
    void confirm();

    /** Stops dispatching new batches; running batches finish their current rows; the run ends cancelled. */
    @SignalMethod
    void cancel();

    @QueryMethod
    PipelineProgress getProgress();
}
