package dev.keel.api.studio.schedules;

import dev.keel.api.platform.StrictBoolean;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * POST (name, prompt, models and one of interval_hours or cron required) and PUT (any field) of a scheduled
 * benchmark. Cron is Temporal's syntax (5 fields, UTC, or @daily style); interval_hours 1..720 as HEAD.
 */
@Schema(example = """
        {"name": "Nightly", "prompt": "Explain recursion", "models": ["gpt-4o"], "interval_hours": 24,
         "max_tokens": 512, "temperature": 0.7, "alert_threshold_pct": 25}""")
public record ScheduleRequest(
        @Size(min = 1, max = 100, message = "name must be 1 to 100 characters")
        @JsonDeserialize(using = StrictString.class) String name,
        @Size(min = 1, max = 100000, message = "prompt must be 1 to 100000 characters")
        @JsonDeserialize(using = StrictString.class) String prompt,
        @Size(min = 1, max = 50, message = "models must list 1 to 50 model ids")
        @JsonDeserialize(contentUsing = StrictString.class)
        List<@NotBlank(message = "a model id is required") String> models,
        @Min(value = 1, message = "interval_hours must be between 1 and 720")
        @Max(value = 720, message = "interval_hours must be between 1 and 720") Integer intervalHours,
        @Size(min = 1, max = 200, message = "cron must be 1 to 200 characters")
        @JsonDeserialize(using = StrictString.class) String cron,
        @Min(value = 1, message = "max_tokens must be between 1 and 128000")
        @Max(value = 128000, message = "max_tokens must be between 1 and 128000") Integer maxTokens,
        @DecimalMin(value = "0.0", message = "temperature must be between 0 and 2")
        @DecimalMax(value = "2.0", message = "temperature must be between 0 and 2") Double temperature,
        @JsonDeserialize(using = StrictBoolean.class) Boolean enabled,
        @DecimalMin(value = "1.0", message = "alert_threshold_pct must be between 1 and 1000")
        @DecimalMax(value = "1000.0", message = "alert_threshold_pct must be between 1 and 1000")
        Double alertThresholdPct) {
}
