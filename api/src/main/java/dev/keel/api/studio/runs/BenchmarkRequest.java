package dev.keel.api.studio.runs;

import dev.keel.api.platform.StrictBoolean;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * POST /api/benchmark: the models by id ({@code models}, the seed) or by provider and id ({@code targets}, newer
 * clients); defaults as the original (runs 3, max_tokens 512, temperature 0.7, tier 0, warm-up on, timeout 120 s).
 */
@Schema(example = """
        {"targets": [{"provider_key": "local", "model_id": "llama3"}], "runs": 1, "max_tokens": 64,
         "temperature": 0.7, "prompt": "Explain recursion in programming", "context_tiers": [0], "warmup": false}""")
public record BenchmarkRequest(
        @Size(max = 50, message = "at most 50 models") @JsonDeserialize(contentUsing = StrictString.class)
        List<@NotBlank(message = "a model id is required") String> models,
        @Size(max = 50, message = "at most 50 targets") List<@Valid @NotNull(message = "a target is required") Target> targets,
        @Min(value = 1, message = "runs must be between 1 and 100") @Max(value = 100, message = "runs must be between 1 and 100")
        Integer runs,
        @Min(value = 1, message = "max_tokens must be between 1 and 128000")
        @Max(value = 128000, message = "max_tokens must be between 1 and 128000") Integer maxTokens,
        @DecimalMin(value = "0.0", message = "temperature must be between 0 and 2")
        @DecimalMax(value = "2.0", message = "temperature must be between 0 and 2") Double temperature,
        @Size(max = 100000, message = "at most 100000 characters") @JsonDeserialize(using = StrictString.class) String prompt,
        @Size(max = 10, message = "at most 10 context tiers") List<@NotNull(message = "a tier is required")
                @Min(value = 0, message = "a tier is at least 0") @Max(value = 2000000, message = "a tier is at most 2000000")
                Integer> contextTiers,
        @JsonDeserialize(using = StrictBoolean.class) Boolean warmup,
        Map<String, Object> providerParams,
        @Min(value = 10, message = "timeout must be between 10 and 600") @Max(value = 600, message = "timeout must be between 10 and 600")
        Integer timeout) {

    /** A model of the caller's config by provider and model id. */
    public record Target(
            @NotBlank(message = "a non-blank string is required") @JsonDeserialize(using = StrictString.class)
            String providerKey,
            @NotBlank(message = "a non-blank string is required") @JsonDeserialize(using = StrictString.class)
            String modelId) {
    }
}
