package dev.keel.api.runs;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A run as {@code /api/runs} shows it: status in the shared vocabulary (queued, running, waiting, completed,
 * failed, cancelled), the kind's own outcome word once closed, the error of a failed or cancelled run, the last
 * progress snapshot the run reported (a JSON object), and its page in the Temporal Web UI (null without a UI).
 */
public record RunView(
        long id,
        String kind,
        String businessKey,
        String workflowId,
        String status,
        String outcome,
        String error,
        JsonNode progress,
        String summary,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        String temporalUiUrl) {
}
