package dev.keel.activities.approvals;

import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;

/** Run index status and progress events of approval and governance runs; every write is idempotent. */
final class RunProgress {
    private final RunIndex runs;
    private final RunEvents events;

    RunProgress(RunIndex runs, RunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    void finish(String workflowId, String status) {
        runs.updateStatus(workflowId, status, !"pending".equals(status));
    }

    void event(String workflowId, String type, String json, String dedupeKey) {
        runs.findByWorkflowId(workflowId).ifPresent(run -> events.append(run.id(), type, json, dedupeKey));
    }
}
