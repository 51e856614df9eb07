package dev.keel.workflows.autopack.builds;

/**
 * The run's state as the workflow last changed it. {@code version} grows with every change: a write older than
 * the stored one is ignored, so saves that finish out of order never go back in time.
 */
public record RunSnapshot(long runPk, long version, RunState state, long tokensUsed, String failureReason) {
}
