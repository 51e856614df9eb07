package dev.keel.workflows.studio.runs;

/** One measured call: run index 1..runs of a step, the progress position {@code current} of {@code total}. */
public record BenchmarkCall(String runId, BenchmarkStep step, int runIndex, int runs, int current, int total) {
}
