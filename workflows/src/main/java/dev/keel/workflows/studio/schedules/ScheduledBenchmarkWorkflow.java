package dev.keel.workflows.studio.schedules;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One firing of a scheduled benchmark (the action of its Temporal Schedule; id {@code studio-scheduled-{id}-{time}}):
 * creates the studio run from the schedule, runs it as a child {@code BenchmarkRunWorkflow}, then compares it with the
 * schedule's previous runs and records regression alerts.
 */
@WorkflowInterface
public interface ScheduledBenchmarkWorkflow {
    @WorkflowMethod
    void run(ScheduledBenchmarkInput input);
}
