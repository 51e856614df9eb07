package dev.keel.api.approvals;

import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The request body of {@code POST /governance/request}. */
final class GovernanceBodies {
    private GovernanceBodies() {
    }

    @Schema(example = """
            {"run_id": "run-42", "phase_id": "phase-3", "requested_paths": ["src/auth/", "db/V9.sql"],
             "justification": "The phase rewrites the login flow", "lines_changed": 120}""")
    record RequestGovernance(
            @NotBlank(message = "a non-blank string is required") @Size(max = 200, message = "at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String runId,
            @NotBlank(message = "a non-blank string is required") @Size(max = 200, message = "at most 200 characters")
            @JsonDeserialize(using = StrictString.class) String phaseId,
            @NotEmpty(message = "a non-empty list of at most 500 paths is required")
            @Size(max = 500, message = "a non-empty list of at most 500 paths is required")
            @JsonDeserialize(contentUsing = StrictString.class)
            List<@NotBlank(message = "every entry must be a non-blank string")
                 @Size(max = 1000, message = "every entry must be at most 1000 characters") String> requestedPaths,
            @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String justification,
            @PositiveOrZero(message = "must be a non-negative integer") Integer linesChanged) {
    }
}
