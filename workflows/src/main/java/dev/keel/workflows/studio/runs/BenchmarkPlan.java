package dev.keel.workflows.studio.runs;

import java.util.List;

/**
 * The order of a benchmark: provider groups run in parallel; within a group tier, then model, then the runs.
 * {@code total} is the number of measured calls (non-skipped steps times runs).
 */
public record BenchmarkPlan(int runs, int total, List<Group> groups) {
    /** The steps of one provider, in order. */
    public record Group(String provider, List<BenchmarkStep> steps) {
    }
}
