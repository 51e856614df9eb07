package dev.keel.workflows.autopack.builds;

/** Start argument of {@link BuildRunWorkflow}: ids only; the plan is in PostgreSQL (autopack_runs/tiers/phases). */
public record BuildRunInput(long runPk, long orgId, String runId) {
}
