package dev.keel.activities.approvals;

import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;

/** Run index status and progress events of approval and governance runs; every write is idempotent. */
final class RunProgress {
    private final RunIndex runs;
    private final RunEvents events;

    RunProgress(RunIndex runs, RunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    /**
     * Closes the run with its outcome word (approved, rejected, timeout: completed; cancelled: cancelled;
     * error: failed). The first close wins.
     */
    void finish(String workflowId, String outcome, String error) {
        RunStatus status = switch (outcome) {
            case "cancelled" -> RunStatus.CANCELLED;
            case "error" -> RunStatus.FAILED;
            default -> RunStatus.COMPLETED;
        };
        runs.close(workflowId, status, outcome, error);
    }

    void event(String workflowId, String type, String json, String dedupeKey) {
        runs.findByWorkflowId(workflowId).ifPresent(run -> events.append(run.id(), type, json, dedupeKey));
    }
}
