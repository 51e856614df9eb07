package dev.keel.workflows.pluto.scoring;

/** The live progress text shown as the workflow's current details in the Temporal UI (pure, deterministic). */
final class PipelineDetails {
    private PipelineDetails() {
    }

    static String of(PipelineInput input, PipelineState state, int batchesRunning, int batchesRetried) {
        int total = Math.max(0, state.stagedRows());
        StringBuilder text = new StringBuilder();
        switch (state.status()) {
            case PipelineState.EXTRACTING -> text.append(state.stagedRows() < 0 ? "reading the CSV"
                    : "extracting: " + state.rowsDone() + "/" + total + " rows; scoring 0/" + total);
            case PipelineState.WAITING_CONFIRMATION -> text.append("extracted ").append(total)
                    .append(" rows; waiting for POST /api/pluto/confirm (AI scoring) or cancel");
            case PipelineState.SCORING -> text.append("extracted ").append(total).append("/").append(total)
                    .append("; scoring: ").append(state.rowsDone()).append("/").append(total).append(" rows");
            default -> text.append(state.status()).append(": ").append(total).append(" rows");
        }
        if (batchesRunning > 0) {
            text.append("; ").append(batchesRunning).append(" batches of ").append(input.batchSize())
                    .append(" rows running, dispatched up to row ").append(state.nextRow() - 1);
        }
        if (batchesRetried > 0) {
            text.append("; ").append(batchesRetried)
                    .append(" batches needed retries (see the activity's last failure for rows and reason)");
        }
        if (state.aiUnavailable() != null) {
            text.append("\nAI unavailable, continuing without LLM calls: ").append(state.aiUnavailable());
        }
        if (state.continuedTimes() > 0) {
            text.append("\ncontinued as new ").append(state.continuedTimes()).append(" times");
        }
        return text.toString();
    }
}
