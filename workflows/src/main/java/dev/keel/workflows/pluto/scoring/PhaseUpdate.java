package dev.keel.workflows.pluto.scoring;

/**
 * A run's new status (see PipelineState constants); finished marks the run as over (no further updates).
 * outcome (complete, complete_without_ai, failed, cancelled) is set when finished; aiUnavailable says why AI
 * scoring was given up, or null. Fields are only ever added (histories hold this payload).
 */
public record PhaseUpdate(long orgId, String runId, String status, String phase, String message, boolean finished,
        String outcome, String aiUnavailable) {
    public PhaseUpdate(long orgId, String runId, String status, String phase, String message, boolean finished) {
        this(orgId, runId, status, phase, message, finished, null, null);
    }
}
