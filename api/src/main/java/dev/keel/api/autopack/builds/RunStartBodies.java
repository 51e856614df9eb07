package dev.keel.api.autopack.builds;

import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The /runs/start body (the seed's RunStartRequest), snake_case on the wire. */
final class RunStartBodies {
    static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";
    static final String ID_MESSAGE = "1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private RunStartBodies() {
    }

    @Schema(example = """
            {"run": {"run_id": "build-42", "token_cap": 500000, "max_phases": 9, "max_duration_minutes": 120},
             "tiers": [{"tier_id": "T1", "tier_index": 0, "name": "Foundation"}],
             "phases": [{"phase_id": "P1", "phase_index": 0, "tier_id": "T1", "name": "Scaffold",
                         "task_category": "feature", "complexity": "low"}]}""")
    record RunStartRequest(
            @NotNull(message = "an object is required") @Valid RunSpec run,
            @Size(max = 100, message = "at most 100 tiers") List<@NotNull(message = "a tier object is required")
                    @Valid TierSpec> tiers,
            @Size(max = 500, message = "at most 500 phases") List<@NotNull(message = "a phase object is required")
                    @Valid PhaseSpec> phases) {
    }

    record RunSpec(
            @NotNull(message = "a string is required") @Pattern(regexp = ID, message = ID_MESSAGE)
            @JsonDeserialize(using = StrictString.class) String runId,
            @Schema(description = "Default normal") @Size(max = 50, message = "at most 50 characters")
            @JsonDeserialize(using = StrictString.class) String safetyProfile,
            @Schema(description = "Default multi_tier") @Size(max = 50, message = "at most 50 characters")
            @JsonDeserialize(using = StrictString.class) String runScope,
            @Schema(description = "Tokens the run may spend (builder and auditor); null or 0: 5,000,000")
            @Min(value = 0, message = "must be at least 0") @Max(value = 1_000_000_000_000L,
                    message = "must be at most 10^12") Long tokenCap,
            @Schema(description = "Phases the run may start; null or 0: 25")
            @Min(value = 0, message = "must be at least 0") @Max(value = 10_000, message = "must be at most 10000")
            Integer maxPhases,
            @Schema(description = "Wall-clock budget in minutes (fractions allowed); null or 0: 120")
            @DecimalMin(value = "0", message = "must be at least 0")
            @DecimalMax(value = "100000", message = "must be at most 100000") BigDecimal maxDurationMinutes) {
    }

    record TierSpec(
            @NotNull(message = "a string is required") @Pattern(regexp = ID, message = ID_MESSAGE)
            @JsonDeserialize(using = StrictString.class) String tierId,
            @NotNull(message = "an integer is required") @Min(value = 0, message = "must be at least 0")
            @Max(value = 100_000, message = "must be at most 100000") Integer tierIndex,
            @NotNull(message = "a string is required") @Size(min = 1, max = 200, message = "1-200 characters")
            @JsonDeserialize(using = StrictString.class) String name,
            @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String description) {
    }

    record PhaseSpec(
            @NotNull(message = "a string is required") @Pattern(regexp = ID, message = ID_MESSAGE)
            @JsonDeserialize(using = StrictString.class) String phaseId,
            @NotNull(message = "an integer is required") @Min(value = 0, message = "must be at least 0")
            @Max(value = 100_000, message = "must be at most 100000") Integer phaseIndex,
            @NotNull(message = "a string is required") @Pattern(regexp = ID, message = ID_MESSAGE)
            @JsonDeserialize(using = StrictString.class) String tierId,
            @NotNull(message = "a string is required") @Size(min = 1, max = 200, message = "1-200 characters")
            @JsonDeserialize(using = StrictString.class) String name,
            @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String description,
            @Size(max = 100, message = "at most 100 characters")
            @JsonDeserialize(using = StrictString.class) String taskCategory,
            @Size(max = 100, message = "at most 100 characters")
            @JsonDeserialize(using = StrictString.class) String complexity,
            @Size(max = 100, message = "at most 100 characters")
            @JsonDeserialize(using = StrictString.class) String builderMode,
            @Schema(description = "Free-form; read_only_context entries become {path, reason}")
            Map<String, Object> scope,
            @Schema(description = "Accepted and not stored (as the seed)") Map<String, Object> intentionRefs) {
    }
}
