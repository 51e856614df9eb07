package dev.keel.api.studio.config;

import dev.keel.api.platform.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** Request bodies of /api/config; missing required fields answer 400 as in the original (checked in code). */
public final class StudioConfigBodies {
    private StudioConfigBodies() {
    }

    @Schema(example = """
            {"provider_key": "local_vllm", "display_name": "Local vLLM", "api_base": "http://10.0.0.5:8000/v1",
             "api_key_env": "VLLM_API_KEY", "model_id_prefix": "openai"}""")
    public record StudioProviderRequest(String providerKey, String displayName, String apiBase, String apiKeyEnv,
                                        String apiKey, String modelIdPrefix) {
    }

    @Schema(example = """
            {"provider_key": "local_vllm"}""")
    public record StudioProviderKeyRequest(String providerKey) {
    }

    @Schema(example = """
            {"provider_key": "openai", "id": "gpt-4.1", "display_name": "GPT-4.1", "context_window": 1047576}""")
    public record StudioModelCreateRequest(String providerKey, String id, String displayName, Integer contextWindow,
                                           Integer maxOutputTokens) {
    }

    @Schema(example = """
            {"model_id": "gpt-4o", "provider_key": "openai", "display_name": "GPT-4o (2024-08)",
             "skip_params": ["temperature"], "custom_fields": {"price_tier": "standard"}}""")
    public record StudioModelUpdateRequest(String modelId, String providerKey, String newModelId, String displayName,
                                           Integer contextWindow, Patch<Integer> maxOutputTokens,
                                           List<String> skipParams, Map<String, Object> customFields) {
        public StudioModelUpdateRequest {
            maxOutputTokens = maxOutputTokens == null ? Patch.absent() : maxOutputTokens;
        }
    }

    @Schema(example = """
            {"provider_key": "openai", "model_id": "gpt-4o-mini"}""")
    public record StudioModelDeleteRequest(String providerKey, String modelId) {
    }

    @Schema(example = """
            {"key": "summarize", "label": "Summarize", "category": "general", "prompt": "Summarize this text."}""")
    public record StudioPromptTemplateRequest(String key, String label, String category, String prompt) {
    }
}
