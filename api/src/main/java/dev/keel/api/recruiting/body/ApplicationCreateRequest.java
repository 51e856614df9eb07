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

/** POST /api/v1/applications: a job and a candidate of the caller's organization; the rest has defaults. */
@Schema(name = "ApplicationCreateRequest", example = """
        {"job_id": 5, "candidate_id": 12, "status": "sourced", "source": "manual", "fit_score": 85}""")
public record ApplicationCreateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @StrictJson Patch<Long> jobId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @StrictJson Patch<Long> candidateId,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                allowableValues = {"sourced", "screening", "interview", "offer", "hired", "rejected"},
                defaultValue = "sourced")
        @NotNull @Pattern(regexp = ApplicationUpdateRequest.STATUS,
                message = ApplicationUpdateRequest.STATUS_MESSAGE) @StrictJson Patch<String> status,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "manual") @NotBlank
        @StrictJson Patch<String> source,
        @Min(0) @Max(100) @StrictJson Patch<Integer> fitScore) {

    public long job() {
        return required(jobId, "job_id");
    }

    public long candidate() {
        return required(candidateId, "candidate_id");
    }

    public ApplicationFields fields() {
        return new ApplicationUpdateRequest(status, source, fitScore).over(ApplicationFields.defaults());
    }

    private static long required(Patch<Long> id, String field) {
        if (id.value() == null) {
            throw ApiException.unprocessable(field + ": field required");
        }
        return id.value();
    }
}
