package dev.keel.workflows.studio.runs;

/** The benchmark run to execute, by id: the request, targets and keys are read by the activities. */
public record BenchmarkRunInput(String runId, long orgId) {
}
