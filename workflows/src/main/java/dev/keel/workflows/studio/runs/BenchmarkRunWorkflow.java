package dev.keel.workflows.studio.runs;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A Benchmark Studio run (seed 001). Id: {@code studio-benchmark-{runId}}. Provider groups in parallel; within a
 * group tier, then model, one discarded warm-up, then the runs, each one activity. Cancelling keeps the results so
 * far and closes the run as cancelled.
 */
@WorkflowInterface
public interface BenchmarkRunWorkflow {
    @WorkflowMethod
    void run(BenchmarkRunInput input);
}
