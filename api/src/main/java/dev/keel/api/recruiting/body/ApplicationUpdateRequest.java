package dev.keel.api.recruiting.body;

import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.Patch;
import dev.keel.domain.recruiting.ApplicationFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** PATCH /api/v1/applications/{id}: status, source and fit_score as sent; fit_score null clears it. */
@Schema(name = "ApplicationUpdateRequest", example = """
        {"status": "screening", "source": "referral", "fit_score": 90}""")
public record ApplicationUpdateRequest(
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                allowableValues = {"sourced", "screening", "interview", "offer", "hired", "rejected"})
        @NotNull @Pattern(regexp = STATUS, message = STATUS_MESSAGE) @StrictJson Patch<String> status,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @NotBlank @StrictJson Patch<String> source,
        @Min(0) @Max(100) @StrictJson Patch<Integer> fitScore) {
    static final String STATUS = "^(sourced|screening|interview|offer|hired|rejected)$";
    static final String STATUS_MESSAGE = "must be one of sourced, screening, interview, offer, hired, rejected";

    public ApplicationFields over(ApplicationFields base) {
        ApplicationFields merged = new ApplicationFields(status.orElse(base.status()), source.orElse(base.source()),
                fitScore.orElse(base.fitScore()));
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }
}
