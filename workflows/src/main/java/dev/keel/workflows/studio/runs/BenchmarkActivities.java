package dev.keel.workflows.studio.runs;

import io.temporal.activity.ActivityInterface;

/** The steps of a benchmark run. Every write is keyed, so a retried activity never duplicates a result or event. */
@ActivityInterface(namePrefix = "Studio")
public interface BenchmarkActivities {
    /** Resolves the run's targets against the owner's config and orders them (a target no longer configured fails). */
    BenchmarkPlan plan(String runId);

    /** Records a step whose tier does not fit the model's window (a {@code skipped} event). */
    void skip(String runId, BenchmarkStep step);

    /** One streamed call whose result is discarded. */
    void warmUp(String runId, BenchmarkStep step);

    /**
     * One streamed call, heartbeating while it streams: a {@code progress} event, the result row and a
     * {@code result} event. A failed call is a recorded failed run, not an activity failure.
     */
    void measure(BenchmarkCall call);

    /** Closes the run: completed, cancelled or failed, with the final event ({@code complete}, {@code cancelled}, {@code error}). */
    void finish(String runId, String status, String error);
}
