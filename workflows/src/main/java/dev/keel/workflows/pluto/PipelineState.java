package dev.keel.workflows.pluto;

/**
 * Where a pipeline stands, carried across continue-as-new. nextRow is the first row (1-based) of the phase not
 * yet handed to an activity; aiUnavailable is the reason AI calls were given up for the rest of the run, or null.
 */
public record PipelineState(String status, int stagedRows, int nextRow, boolean confirmed, String aiUnavailable,
        int continuedTimes) {
    public static final String EXTRACTING = "extracting";
    public static final String SCORING = "scoring";
    public static final String WAITING_CONFIRMATION = "waiting_confirmation";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public static PipelineState start() {
        return new PipelineState(EXTRACTING, -1, 1, false, null, 0);
    }
}
