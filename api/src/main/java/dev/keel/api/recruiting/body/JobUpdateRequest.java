package dev.keel.api.recruiting.body;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import java.util.List;

/** PATCH /api/v1/jobs/{id}: only the fields sent change; null clears a nullable field. */
@Schema(name = "JobUpdateRequest", example = JobExamples.UPDATE)
public record JobUpdateRequest(
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @NotBlank @StrictJson Patch<String> title,
        @StrictJson Patch<String> department,
        @StrictJson Patch<String> location,
        @StrictJson Patch<String> employmentType,
        @StrictJson Patch<String> remoteOption,
        @Min(0) @StrictJson Patch<Long> salaryMin,
        @Min(0) @StrictJson Patch<Long> salaryMax,
        @StrictJson Patch<String> currency,
        @StrictJson Patch<String> description,
        @StrictJson Patch<List<String>> requiredSkills,
        @StrictJson Patch<List<String>> niceToHaveSkills,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, allowableValues = {"open", "on_hold", "closed"})
        @NotNull @Pattern(regexp = JobExamples.STATUS, message = JobExamples.STATUS_MESSAGE)
        @StrictJson Patch<String> status,
        @JsonProperty("is_public") @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @NotNull
        @StrictJson Patch<Boolean> isPublic) implements JobInput {
}
