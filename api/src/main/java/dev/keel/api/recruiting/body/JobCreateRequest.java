package dev.keel.api.recruiting.body;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * POST /api/v1/jobs. Absent fields take the original's defaults (currency USD, status open, is_public false, skill
 * lists null); an explicit null stores null. Integers also accept numeric strings, as the original did.
 */
@Schema(name = "JobCreateRequest", example = JobExamples.CREATE)
public record JobCreateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @StrictJson Patch<String> title,
        @StrictJson Patch<String> department,
        @StrictJson Patch<String> location,
        @StrictJson Patch<String> employmentType,
        @StrictJson Patch<String> remoteOption,
        @Min(0) @StrictJson Patch<Long> salaryMin,
        @Min(0) @StrictJson Patch<Long> salaryMax,
        @Schema(defaultValue = "USD") @StrictJson Patch<String> currency,
        @StrictJson Patch<String> description,
        @StrictJson Patch<List<String>> requiredSkills,
        @StrictJson Patch<List<String>> niceToHaveSkills,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, allowableValues = {"open", "on_hold", "closed"},
                defaultValue = "open")
        @NotNull @Pattern(regexp = JobExamples.STATUS, message = JobExamples.STATUS_MESSAGE)
        @StrictJson Patch<String> status,
        @JsonProperty("is_public") @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false")
        @NotNull @StrictJson Patch<Boolean> isPublic)
        implements JobInput {
}
