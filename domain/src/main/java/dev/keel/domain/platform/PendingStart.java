package dev.keel.domain.platform;

import java.time.Instant;

/**
 * A workflow start recorded in the outbox: everything needed to start it later, from any API replica.
 * {@code input} is the workflow argument as JSON written by Temporal's own data converter.
 */
public record PendingStart(
        long id,
        long runId,
        long orgId,
        String kind,
        String workflowId,
        String workflowType,
        String taskQueue,
        String inputClass,
        String input,
        String summary,
        String staticDetails,
        RunStatus initialStatus,
        boolean reuseClosedId,
        Long executionTimeoutSeconds,
        int attempts,
        Instant createdAt) {
}
