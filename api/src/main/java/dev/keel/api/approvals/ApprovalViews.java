package dev.keel.api.approvals;

import dev.keel.domain.approvals.ApprovalRecord;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Response bodies of the approval endpoints (snake_case on the wire). */
final class ApprovalViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApprovalViews() {
    }

    record Status(long approvalId, String runId, String phaseId, String status, Boolean approved,
                  Instant requestedAt, Instant respondedAt, Instant timeoutAt, String approvalReason,
                  String rejectedReason, String responseMethod, String decidedBy) {
        static Status of(ApprovalRecord a) {
            Boolean approved = switch (a.status()) {
                case "approved" -> true;
                case "rejected", "error", "cancelled" -> false;
                case "timeout" -> a.approvalReason() != null;
                default -> null;
            };
            return new Status(a.id(), a.runId(), a.phaseId(), a.status(), approved, a.requestedAt(),
                    a.respondedAt(), a.timeoutAt(), a.approvalReason(), a.rejectedReason(), a.responseMethod(),
                    a.decidedBy());
        }
    }

    record PendingItem(long id, String runId, String phaseId, String context, Instant requestedAt, Instant timeoutAt,
                       JsonNode decisionInfo, JsonNode deletionInfo, boolean telegramSent) {
        static PendingItem of(ApprovalRecord a) {
            return new PendingItem(a.id(), a.runId(), a.phaseId(), a.context(), a.requestedAt(), a.timeoutAt(),
                    json(a.decisionInfo()), json(a.deletionInfo()), a.telegramSent());
        }
    }

    record PendingList(int count, List<PendingItem> requests) {
    }

    static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
