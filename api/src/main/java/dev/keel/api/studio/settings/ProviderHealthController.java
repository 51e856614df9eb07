package dev.keel.api.studio.settings;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioProtocols;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioModel;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmGateway;
import dev.keel.integrations.llm.LlmMessage;
import dev.keel.integrations.llm.LlmRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reachability of each of the caller's providers: one "Hi" (max_tokens 5, 10 s) to its first model, all providers
 * in parallel. A synchronous read like the original's; nothing is stored.
 */
@RestController
@Tag(name = "studio")
public class ProviderHealthController {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final StudioConfigRepository config;
    private final StudioTargets targets;
    private final StudioProtocols protocols;
    private final LlmGateway gateway;
    private final StudioUsers users;

    public ProviderHealthController(StudioConfigRepository config, StudioTargets targets, StudioProtocols protocols,
                                    LlmGateway gateway, StudioUsers users) {
        this.config = config;
        this.targets = targets;
        this.protocols = protocols;
        this.gateway = gateway;
        this.users = users;
    }

    public record ProviderHealth(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ok", "error"})
                                 String status, Long latencyMs, String error) {
    }

    public record ProviderHealthList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     List<ProviderHealth> providers) {
    }

    @GetMapping("/api/health/providers")
    @Operation(summary = "Send one short prompt to each of the caller's providers and report latency or the error")
    public ProviderHealthList check(Caller caller) {
        long userId = users.userId(caller);
        config.settings(caller.orgId(), userId);
        List<StudioProvider> providers = config.providers(caller.orgId(), userId);
        List<StudioModel> models = config.models(userId);
        if (providers.isEmpty()) {
            return new ProviderHealthList(List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(providers.size(), 8));
        try {
            List<CompletableFuture<ProviderHealth>> checks = providers.stream().map(p -> CompletableFuture
                    .supplyAsync(() -> check(userId, p, models), pool)).toList();
            return new ProviderHealthList(checks.stream().map(CompletableFuture::join).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private ProviderHealth check(long userId, StudioProvider p, List<StudioModel> models) {
        StudioModel model = models.stream().filter(m -> m.providerId() == p.id()).findFirst().orElse(null);
        if (model == null) {
            return new ProviderHealth(p.displayName(), "error", null, "No models configured");
        }
        long start = System.nanoTime();
        try {
            LlmRequest hi = LlmRequest.text(StudioProtocols.wireModel(p, model.modelId()),
                    List.of(LlmMessage.user("Hi"))).withMaxTokens(5).withTimeout(TIMEOUT);
            gateway.complete(protocols.endpoint(p, targets.apiKey(userId, p.providerKey()).orElse(null)), hi);
            return new ProviderHealth(p.displayName(), "ok", (System.nanoTime() - start) / 1_000_000, null);
        } catch (LlmException | ApiException e) {
            return new ProviderHealth(p.displayName(), "error", (System.nanoTime() - start) / 1_000_000,
                    e.getMessage());
        }
    }
}
