package dev.keel.api.recruiting.body;

import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** PATCH /api/v1/candidates/{id}: only the fields sent change; null clears a nullable field. */
@Schema(name = "CandidateUpdateRequest", example = """
        {"headline": "Principal Engineer", "experience_years": 10, "website_url": "https://janedoe.dev"}""")
public record CandidateUpdateRequest(
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @NotBlank @StrictJson Patch<String> fullName,
        @StrictJson Patch<String> headline,
        @StrictJson Patch<String> location,
        @Min(0) @Max(80) @StrictJson Patch<Integer> experienceYears,
        @StrictJson Patch<String> currentTitle,
        @StrictJson Patch<String> currentCompany,
        @Schema(format = "uri") @StrictJson Patch<String> linkedinUrl,
        @Schema(format = "uri") @StrictJson Patch<String> githubUrl,
        @Schema(format = "uri") @StrictJson Patch<String> websiteUrl,
        @StrictJson Patch<String> notes) implements CandidateInput {
}
