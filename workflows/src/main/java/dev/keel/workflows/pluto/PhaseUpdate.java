package dev.keel.workflows.pluto;

/** A run's new status (see PipelineState constants); finished marks the run as over (no further updates). */
public record PhaseUpdate(long orgId, String runId, String status, String phase, String message, boolean finished) {
}
