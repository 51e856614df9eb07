package dev.keel.api.studio.config;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** Answers of /api/config. A model is an object because its custom fields sit beside the fixed ones. */
public final class StudioConfigViews {
    private StudioConfigViews() {
    }

    /** {@code providers} is keyed by display name, as in the original. */
    public record StudioConfigView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> defaults,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                   Map<String, StudioProviderView> providers,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                   Map<String, Object> promptTemplates) {
    }

    /** {@code api_key} is "***" when an inline key is stored, else "": never the key. */
    public record StudioProviderView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerKey,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String apiBase,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String apiKeyEnv,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String apiKey,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modelIdPrefix,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     List<Map<String, Object>> models) {
    }

    public record StudioProviderSaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerKey) {
    }

    public record StudioModelSaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modelId) {
    }

    public record StudioStatus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status) {
        public static final StudioStatus OK = new StudioStatus("ok");
    }

    public record StudioPromptSaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String key) {
    }
}
