package dev.keel.workflows.pluto.scoring;

/**
 * A scoring pipeline: runId is the upload id (pluto_runs.id). batchSize rows go to one activity and at most
 * batchesInFlight batch activities run at once (the LLM calls inside them are capped per pipeline by the
 * worker). state is null on the first run and carries the position across continue-as-new.
 */
public record PipelineInput(long orgId, String runId, int totalRows, boolean skipAiScoring, int batchSize,
        int batchesInFlight, int maxHistoryEvents, PipelineState state) {
    public PipelineInput withState(PipelineState next) {
        return new PipelineInput(orgId, runId, totalRows, skipAiScoring, batchSize, batchesInFlight, maxHistoryEvents,
                next);
    }
}
