package dev.keel.api.autopack.dashboard;

import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The seed's ModelMapping and ModelOverrideRequest, and the override's confirmation. */
final class ModelBodies {
    private ModelBodies() {
    }

    @Schema(example = """
            {"role": "builder", "category": "tests", "complexity": "low", "model": "claude-sonnet-4-5",
             "scope": "global", "run_id": null}""")
    record ModelMappingView(@Schema(allowableValues = {"builder", "auditor"}) String role, String category,
                            @Schema(allowableValues = {"low", "medium", "high"}) String complexity, String model,
                            @Schema(allowableValues = {"global", "run"}) String scope,
                            @Schema(nullable = true) String runId) {
    }

    @Schema(example = """
            {"role": "builder", "category": "tests", "complexity": "low", "model": "claude-opus-4-5",
             "scope": "global"}""")
    record ModelOverrideRequest(
            @NotNull(message = "builder or auditor is required")
            @Pattern(regexp = "builder|auditor", message = "builder or auditor")
            @JsonDeserialize(using = StrictString.class) String role,
            @NotNull(message = "a category is required")
            @Pattern(regexp = "external_feature_reuse|security_auth_change|schema_contract_change|tests|general",
                    message = "external_feature_reuse, security_auth_change, schema_contract_change, tests or general")
            @JsonDeserialize(using = StrictString.class) String category,
            @NotNull(message = "low, medium or high is required")
            @Pattern(regexp = "low|medium|high", message = "low, medium or high")
            @JsonDeserialize(using = StrictString.class) String complexity,
            @NotNull(message = "a model is required")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}", message = "a model name (letters, digits, . _ : / -)")
            @JsonDeserialize(using = StrictString.class) String model,
            @NotNull(message = "global or run is required")
            @Pattern(regexp = "global|run", message = "global or run")
            @JsonDeserialize(using = StrictString.class) String scope,
            @Schema(description = "Required for scope run: a run of the caller's organization")
            @Size(max = 128) @JsonDeserialize(using = StrictString.class) String runId) {
    }

    record OverrideConfirmation(String message, String scope, String role, String category, String complexity,
                                String model, @Schema(nullable = true) String runId) {
    }
}
