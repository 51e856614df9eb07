package dev.keel.workflows.recruiting;

/** The final status of a batch run ("completed" or "failed") for the run index row of {@code workflowId}. */
public record EmbeddingBatchOutcome(String workflowId, String status) {
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
