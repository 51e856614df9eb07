package dev.keel.api.recruiting.body;

import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** POST /api/v1/candidates: full_name is required, everything else optional; URLs must be http(s). */
@Schema(name = "CandidateCreateRequest", example = """
        {"full_name": "Jane Doe", "headline": "Senior Backend Engineer", "location": "San Francisco, CA",
         "experience_years": 8, "current_title": "Staff Engineer", "current_company": "TechCorp",
         "linkedin_url": "https://linkedin.com/in/janedoe", "github_url": "https://github.com/janedoe",
         "website_url": null, "notes": "Strong experience with Python and distributed systems."}""")
public record CandidateCreateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @StrictJson Patch<String> fullName,
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
