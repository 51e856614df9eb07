package dev.keel.domain.platform;

import java.time.Instant;

/**
 * One row of the run index: a workflow Keel started, with its business key, its status in the shared
 * vocabulary ({@link RunStatus}), the kind's own outcome word once closed, the error of a failed or
 * cancelled run, and the last progress snapshot (JSON) the workflow reported.
 */
public record RunRecord(
        long id,
        long orgId,
        String kind,
        String businessKey,
        String workflowId,
        String status,
        String summary,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        String outcome,
        String error,
        String progress) {

    public boolean terminal() {
        return completedAt != null;
    }
}
