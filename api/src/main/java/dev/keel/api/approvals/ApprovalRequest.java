package dev.keel.api.approvals;

import dev.keel.api.platform.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A validated approval request; the JSON fields are kept as text. */
public record ApprovalRequest(String phaseId, String runId, String context, String decisionInfo,
                              String deletionInfo) {
    static final String DEFAULT_CONTEXT = "build113_risky_decision";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ApprovalRequest from(ApprovalBodies.RequestApproval body) {
        return new ApprovalRequest(body.phaseId().strip(), body.runId().strip(),
                body.context() != null ? body.context() : DEFAULT_CONTEXT,
                body.decisionInfo() != null ? JSON.writeValueAsString(body.decisionInfo()) : "{}",
                body.deletionInfo() != null ? JSON.writeValueAsString(body.deletionInfo()) : null);
    }

    /** Still read field by field by GovernanceController (retyped separately). */
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
