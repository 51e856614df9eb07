package dev.keel.api.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The body of {@code /health}, whether 200 or 503. */
public record HealthView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"healthy", "degraded", "unhealthy"})
        String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String timestamp,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "healthy") String database,
        String databaseIdentity,
        @Schema(description = "Connection pool pressure; null before the pool exists") Map<String, Object> databasePool,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> temporal,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "disabled") String qdrant,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> killSwitches,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "keel") String service,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "api") String component,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> warnings) {
}
