package dev.keel.domain.platform;

import java.time.Instant;

/** One row of the run index: a workflow Keel started, with its business key and last known status. */
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
        Instant completedAt) {

    public boolean terminal() {
        return completedAt != null;
    }
}
