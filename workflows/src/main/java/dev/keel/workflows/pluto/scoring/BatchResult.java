package dev.keel.workflows.pluto.scoring;

/**
 * What a batch activity did: rows it processed in this attempt (rows done by an earlier attempt are not counted),
 * rows whose LLM call failed for good, aiUnavailable when the provider refused us for good (auth or config),
 * batchRows the rows of the batch finished over all attempts, and the attempt that finished the batch.
 * Fields are only ever added (histories hold this payload).
 */
public record BatchResult(int processed, int llmFailed, String aiUnavailable, Integer batchRows, Integer attempt) {
    public BatchResult(int processed, int llmFailed, String aiUnavailable) {
        this(processed, llmFailed, aiUnavailable, null, null);
    }

    /** Rows of the batch finished over all attempts (older workers reported only this attempt's rows). */
    public int rowsFinished() {
        return batchRows == null ? processed : batchRows;
    }

    public int attempts() {
        return attempt == null ? 1 : attempt;
    }
}
