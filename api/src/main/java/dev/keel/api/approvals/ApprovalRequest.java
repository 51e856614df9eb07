package dev.keel.api.approvals;

import dev.keel.api.platform.ApiException;
import tools.jackson.databind.JsonNode;

/** A validated approval request; the JSON fields are kept as text. */
public record ApprovalRequest(String phaseId, String runId, String context, String decisionInfo,
                              String deletionInfo) {

    static ApprovalRequest from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        String phaseId = requiredText(body, "phase_id");
        String runId = requiredText(body, "run_id");
        JsonNode context = body.path("context");
        if (!context.isMissingNode() && !context.isNull() && !context.isString()) {
            throw ApiException.unprocessable("context: must be a string");
        }
        JsonNode decision = body.path("decision_info");
        if (!decision.isMissingNode() && !decision.isNull() && !decision.isObject()) {
            throw ApiException.unprocessable("decision_info: must be an object");
        }
        JsonNode deletion = body.path("deletion_info");
        if (!deletion.isMissingNode() && !deletion.isNull() && !deletion.isObject()) {
            throw ApiException.unprocessable("deletion_info: must be an object");
        }
        return new ApprovalRequest(phaseId, runId, context.isString() ? context.asString() : "build113_risky_decision",
                decision.isObject() ? decision.toString() : "{}", deletion.isObject() ? deletion.toString() : null);
    }

    static String requiredText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw ApiException.unprocessable(field + ": a non-blank string is required");
        }
        if (value.asString().length() > 200) {
            throw ApiException.unprocessable(field + ": at most 200 characters");
        }
        return value.asString().strip();
    }
}
