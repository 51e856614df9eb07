package dev.keel.api.approvals;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Request bodies of the approval endpoints, and the answer to a request (snake_case on the wire). */
final class ApprovalBodies {
    private ApprovalBodies() {
    }

    @Schema(example = """
            {"phase_id": "deploy", "run_id": "run-42", "context": "build113_risky_decision",
             "decision_info": {"summary": "Drop the legacy table", "files": ["db/V9.sql"]},
             "deletion_info": {"files": ["legacy/old.py"]}}""")
    record RequestApproval(
            @NotBlank(message = "a non-blank string is required") @Size(max = 200, message = "at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String phaseId,
            @NotBlank(message = "a non-blank string is required") @Size(max = 200, message = "at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String runId,
            @Schema(description = "Defaults to build113_risky_decision")
            @JsonDeserialize(using = StrictString.class) String context,
            @Schema(description = "What is decided; shown to the approver") Map<String, Object> decisionInfo,
            @Schema(description = "Files the decision deletes, if any") Map<String, Object> deletionInfo) {
    }

    @Schema(example = """
            {"approved": true, "user_id": "alice", "reason": "Reviewed the migration"}""")
    record DecisionBody(
            @NotNull(message = "a boolean is required") Boolean approved,
            @Schema(description = "Who decided; defaults to dashboard")
            @Size(max = 200, message = "must be a string of at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String userId,
            @Size(max = 200, message = "must be a string of at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String reason) {
    }

    /** "approved" at once in auto-approve mode (without the two pending fields), else "pending". */
    record Requested(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"approved", "pending"})
            String status,
            String reason,
            long approvalId,
            @Schema(description = "Pending only") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean telegramSent,
            @Schema(description = "Pending only") @JsonInclude(JsonInclude.Include.NON_NULL) Instant timeoutAt) {
    }
}
