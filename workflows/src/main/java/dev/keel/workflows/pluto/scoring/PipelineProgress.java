package dev.keel.workflows.pluto.scoring;

/** The getProgress() snapshot: status and phase of the workflow, and the rows handed to activities so far. */
public record PipelineProgress(String status, String phase, int stagedRows, int rowsDispatched, int batchesRunning,
        boolean confirmed, String aiUnavailable, int continuedTimes) {
}
