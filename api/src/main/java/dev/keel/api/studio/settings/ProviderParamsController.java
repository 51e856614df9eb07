package dev.keel.api.studio.settings;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.params.ParamAdjustment;
import dev.keel.domain.studio.params.ParamValidation;
import dev.keel.domain.studio.params.ProviderParamRegistry;
import dev.keel.domain.studio.params.ProviderParamValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider-parameter registry and its validator (the original's section 21). */
@RestController
@Tag(name = "studio")
public class ProviderParamsController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StudioUsers users;

    public ProviderParamsController(StudioUsers users) {
        this.users = users;
    }

    public record ProviderParamRegistryView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                            Map<String, Object> providers) {
    }

    @Schema(example = """
            {"provider_key": "anthropic", "model_id": "anthropic/claude-sonnet-4-5",
             "params": {"temperature": 1.4, "top_p": 0.9}}""")
    public record ProviderParamsValidateRequest(String providerKey, String modelId, JsonNode params) {
    }

    /** {@code adjusted} null: the parameter was dropped. */
    public record ProviderParamAdjustment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String param,
                                          Object original, Object adjusted,
                                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    public record ProviderParamsValidation(boolean valid,
                                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                           List<ProviderParamAdjustment> adjustments,
                                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                           List<String> warnings,
                                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                           Map<String, Object> resolvedParams) {
    }

    @GetMapping("/api/provider-params/registry")
    @Operation(summary = "Every provider's parameter tiers, ranges, conflicts and model overrides")
    public ProviderParamRegistryView registry(Caller caller) {
        users.userId(caller);
        return new ProviderParamRegistryView(ProviderParamRegistry.asMap());
    }

    @PostMapping("/api/provider-params/validate")
    @Operation(summary = "Clamp and resolve parameters for a provider and model; lists every adjustment")
    @ApiError(status = 400, description = "model_id missing, params not an object, or a temperature that is no number")
    public ProviderParamsValidation validate(Caller caller, @RequestBody ProviderParamsValidateRequest body) {
        users.userId(caller);
        if (body.modelId() == null || body.modelId().isBlank()) {
            throw ApiException.badRequest("model_id is required");
        }
        if (body.params() != null && !body.params().isObject()) {
            throw ApiException.badRequest("params must be an object");
        }
        Map<String, Object> params = body.params() == null ? Map.of()
                : JSON.convertValue(body.params(), new TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        String provider = ProviderParamRegistry.identify(body.modelId(), body.providerKey());
        ParamValidation v;
        try {
            v = ProviderParamValidator.validate(provider, body.modelId(), params);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return new ProviderParamsValidation(v.valid(), v.adjustments().stream().map(ProviderParamsController::view)
                .toList(), v.warnings(), v.resolvedParams());
    }

    private static ProviderParamAdjustment view(ParamAdjustment a) {
        return new ProviderParamAdjustment(a.param(), a.original(), a.adjusted(), a.reason());
    }
}
