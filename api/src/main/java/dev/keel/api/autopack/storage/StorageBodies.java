package dev.keel.api.autopack.storage;

import dev.keel.api.platform.StrictBoolean;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Request bodies of the storage endpoints (snake_case on the wire). */
final class StorageBodies {
    private StorageBodies() {
    }

    @Schema(example = """
            {"scan_type": "directory", "scan_target": "projects", "max_depth": 3, "max_items": 1000}""")
    record StorageScanRequest(
            @Schema(description = "drive (the whole storage root) or directory (scan_target under it)",
                    allowableValues = {"drive", "directory"})
            @NotBlank(message = "a non-blank string is required") @JsonDeserialize(using = StrictString.class)
            String scanType,
            @Schema(description = "A relative path under the configured storage root (ignored for drive)")
            @NotBlank(message = "a non-blank string is required") @Size(max = 1000, message = "at most 1000 characters")
            @JsonDeserialize(using = StrictString.class) String scanTarget,
            @Schema(defaultValue = "3") @Min(value = 0, message = "must be between 0 and 64")
            @Max(value = 64, message = "must be between 0 and 64") Integer maxDepth,
            @Schema(defaultValue = "1000") @Min(value = 1, message = "must be between 1 and 10000000")
            @Max(value = 10_000_000, message = "must be between 1 and 10000000") Long maxItems,
            @Schema(description = "Accepted for compatibility: Keel always stores its scans")
            @JsonDeserialize(using = StrictBoolean.class) Boolean saveToDb,
            @Schema(description = "Ignored: the creator recorded is the authenticated caller", deprecated = true)
            @Size(max = 200, message = "at most 200 characters") @JsonDeserialize(using = StrictString.class)
            String createdBy) {
    }

    @Schema(example = """
            {"candidate_ids": [1, 2], "approved_by": "ops", "decision": "approve", "approval_method": "api"}""")
    record StorageApprovalRequest(
            @NotEmpty(message = "a non-empty list of candidate ids is required")
            @Size(max = 10_000, message = "at most 10000 ids") List<@NotNull(message = "ids must be integers") Long> candidateIds,
            @Schema(description = "Ignored: the decider recorded is the authenticated caller", deprecated = true)
            @Size(max = 200, message = "at most 200 characters") @JsonDeserialize(using = StrictString.class)
            String approvedBy,
            @Schema(allowableValues = {"approve", "reject", "defer"})
            @NotBlank(message = "a non-blank string is required") @JsonDeserialize(using = StrictString.class)
            String decision,
            @Schema(defaultValue = "api") @Size(max = 50, message = "at most 50 characters")
            @JsonDeserialize(using = StrictString.class) String approvalMethod,
            @Size(max = 2000, message = "at most 2000 characters") @JsonDeserialize(using = StrictString.class)
            String notes) {
    }
}
