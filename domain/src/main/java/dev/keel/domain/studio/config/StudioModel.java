package dev.keel.domain.studio.config;

import java.util.List;
import java.util.Map;

/** A row of {@code studio_models}. */
public record StudioModel(long id, long providerId, String modelId, String displayName, int contextWindow,
                          Integer maxOutputTokens, List<String> skipParams, Map<String, Object> customFields,
                          int position) {
}
