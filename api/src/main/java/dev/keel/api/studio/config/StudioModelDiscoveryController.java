package dev.keel.api.studio.config;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmGateway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists a configured provider's models from its own model-list endpoint (OpenAI, Anthropic, Gemini, or
 * {api_base}/models), with the caller's key (own, else global, else inline). A synchronous read, not a workflow:
 * nothing is stored and the caller waits at most 10 s.
 */
@RestController
@Tag(name = "studio")
public class StudioModelDiscoveryController {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final StudioConfigReader reader;
    private final StudioTargets targets;
    private final LlmGateway gateway;
    private final StudioProtocols protocols;
    private final StudioUsers users;

    public StudioModelDiscoveryController(StudioConfigReader reader, StudioTargets targets, LlmGateway gateway,
                                          StudioProtocols protocols, StudioUsers users) {
        this.reader = reader;
        this.targets = targets;
        this.gateway = gateway;
        this.protocols = protocols;
        this.users = users;
    }

    public record StudioDiscoveredModel(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName) {
    }

    public record StudioDiscoveredModels(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                         List<StudioDiscoveredModel> models) {
    }

    @GetMapping("/api/models/discover")
    @Operation(summary = "The provider's available models, ids with the provider prefix, sorted by id")
    @ApiError(status = 400, description = "provider_key missing, or the provider's api_base is refused")
    @ApiError(status = 404, description = "No such provider in the caller's config")
    @ApiError(status = 502, description = "The provider failed or could not be reached; the detail says how")
    public StudioDiscoveredModels discover(Caller caller, @RequestParam(name = "provider_key", required = false)
                                           String providerKey) {
        long userId = users.userId(caller);
        String key = StudioInput.required(providerKey, "provider_key");
        reader.settings(caller.orgId(), userId);
        StudioProvider p = reader.provider(caller.orgId(), userId, key);
        String apiKey = targets.apiKey(userId, key).orElse(null);
        try {
            String prefix = p.modelIdPrefix();
            return new StudioDiscoveredModels(gateway.listModels(protocols.endpoint(p, apiKey), TIMEOUT)
                    .stream().map(m -> new StudioDiscoveredModel(StudioModels.prefixed(prefix, m.id()),
                            m.displayName())).sorted(java.util.Comparator.comparing(StudioDiscoveredModel::id))
                    .toList());
        } catch (LlmException e) {
            String detail = e.httpStatus() > 0
                    ? "Provider API returned " + e.httpStatus() + ": " + e.getMessage()
                    : "Failed to fetch models: " + e.getMessage();
            throw new ApiException(HttpStatus.BAD_GATEWAY, detail);
        }
    }
}
