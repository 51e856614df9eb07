package dev.keel.api.recruiting.body;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** PATCH /api/v1/jobs/{id}: only the fields sent change; null clears a nullable field. */
@Schema(name = "JobUpdateRequest", example = JobExamples.UPDATE)
public record JobUpdateRequest(
        @StrictJson Patch<@NotBlank String> title,
        @StrictJson Patch<String> department,
        @StrictJson Patch<String> location,
        @StrictJson Patch<String> employmentType,
        @StrictJson Patch<String> remoteOption,
        @StrictJson Patch<@PositiveOrZero Long> salaryMin,
        @StrictJson Patch<@PositiveOrZero Long> salaryMax,
        @StrictJson Patch<String> currency,
        @StrictJson Patch<String> description,
        @StrictJson Patch<List<String>> requiredSkills,
        @StrictJson Patch<List<String>> niceToHaveSkills,
        @Schema(allowableValues = {"open", "on_hold", "closed"})
        @StrictJson Patch<@NotNull @Pattern(regexp = JobExamples.STATUS, message = JobExamples.STATUS_MESSAGE) String> status,
        @JsonProperty("is_public") @StrictJson Patch<@NotNull Boolean> isPublic) implements JobInput {
}
