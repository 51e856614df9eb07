package dev.keel.workflows.pluto.scoring;

/**
 * Where a pipeline stands, carried across continue-as-new. nextRow is the first row (1-based) of the phase not
 * yet handed to an activity; aiUnavailable is the reason AI calls were given up for the rest of the run, or null;
 * rowsDone counts the current phase's rows finished by batch activities (all attempts), for live details.
 */
public record PipelineState(String status, int stagedRows, int nextRow, boolean confirmed, String aiUnavailable,
        int continuedTimes, int rowsDone) {
    public static final String EXTRACTING = "extracting";
    public static final String SCORING = "scoring";
    public static final String WAITING_CONFIRMATION = "waiting_confirmation";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public PipelineState(String status, int stagedRows, int nextRow, boolean confirmed, String aiUnavailable,
                         int continuedTimes) {
        this(status, stagedRows, nextRow, confirmed, aiUnavailable, continuedTimes, 0);
    }

    public static PipelineState start() {
        return new PipelineState(EXTRACTING, -1, 1, false, null, 0, 0);
    }

    /** The next phase, from its first row. */
    PipelineState next(String nextStatus) {
        return new PipelineState(nextStatus, stagedRows, 1, confirmed, aiUnavailable, continuedTimes, 0);
    }

    PipelineState staged(int lastRow) {
        return new PipelineState(EXTRACTING, lastRow, 1, confirmed, null, continuedTimes, 0);
    }

    PipelineState dispatchedTo(int row) {
        return new PipelineState(status, stagedRows, row, confirmed, aiUnavailable, continuedTimes, rowsDone);
    }

    PipelineState finishedBatch(BatchResult result) {
        String reason = aiUnavailable == null ? result.aiUnavailable() : aiUnavailable;
        return new PipelineState(status, stagedRows, nextRow, confirmed, reason, continuedTimes,
                rowsDone + result.rowsFinished());
    }

    PipelineState confirmedNow() {
        return new PipelineState(status, stagedRows, nextRow, true, aiUnavailable, continuedTimes, rowsDone);
    }

    PipelineState continued() {
        return new PipelineState(status, stagedRows, nextRow, confirmed, aiUnavailable, continuedTimes + 1, rowsDone);
    }

    boolean completeWithoutAi(boolean skipAiScoring) {
        return aiUnavailable != null || (skipAiScoring && !confirmed);
    }
}
