package dev.keel.api.autopack.oauth;

import dev.keel.api.identity.AccountService;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.oauth.CredentialHealth;
import dev.keel.domain.autopack.oauth.OAuthCredential;
import dev.keel.domain.autopack.oauth.OAuthCredentials;
import dev.keel.domain.autopack.oauth.OAuthSettings;
import dev.keel.domain.autopack.oauth.TokenEndpoints;
import dev.keel.domain.secrets.SecretBox;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth credential health (BUILD-189), mounted unlike the original: the caller's organization's credentials,
 * sealed at rest; refresh, reset and registration need an org_admin (or platform admin) user.
 */
@RestController
@RequestMapping("/api/auth/oauth")
@Tag(name = "autopack")
public class OAuthHealthController {
    private static final Pattern PROVIDER = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

    private final OAuthCredentials credentials;
    private final SecretBox box;
    private final OAuthRefreshes refreshes;
    private final OAuthSettings settings;

    public OAuthHealthController(OAuthCredentials credentials, SecretBox box, OAuthRefreshes refreshes,
                                 OAuthSettings settings) {
        this.settings = settings;
        this.credentials = credentials;
        this.box = box;
        this.refreshes = refreshes;
    }

    @GetMapping("/health")
    public OAuthBodies.CredentialHealthReport health(Caller caller) {
        Instant now = Instant.now();
        Map<String, OAuthBodies.CredentialHealthView> all = new LinkedHashMap<>();
        int healthy = 0;
        for (OAuthCredential c : credentials.list(caller.orgId())) {
            CredentialHealth h = CredentialHealth.of(c, now);
            healthy += h.isHealthy() ? 1 : 0;
            all.put(c.provider(), OAuthBodies.CredentialHealthView.of(h));
        }
        return new OAuthBodies.CredentialHealthReport(now, new OAuthBodies.HealthSummary(all.size(), healthy,
                all.size() - healthy, healthy == all.size()), all,
                credentials.events(caller.orgId(), null, 20).stream().map(OAuthBodies.CredentialEventView::of).toList());
    }

    @GetMapping("/health/{provider}")
    public OAuthBodies.CredentialHealthView provider(Caller caller, @PathVariable String provider) {
        return OAuthBodies.CredentialHealthView.of(credentials.find(caller.orgId(), provider)
                .map(c -> CredentialHealth.of(c, Instant.now())).orElse(CredentialHealth.unknown(provider)));
    }

    /** Registers (or replaces) the organization's credential for a provider; the secrets are sealed before storage. */
    @PutMapping("/credentials/{provider}")
    @ApiError(status = 403, description = "Admin privileges required")
    @ApiError(status = 503, description = "KEEL_SECRET_KEY is not set")
    public OAuthBodies.CredentialRegistered register(Caller caller, @PathVariable String provider,
                                                     @Valid @RequestBody OAuthBodies.CredentialRegistration body) {
        requireAdmin(caller, "Admin privileges required to register credentials");
        checkProvider(provider);
        String endpointProblem = TokenEndpoints.problem(body.tokenEndpoint(), settings.allowPrivateEndpoints());
        if (endpointProblem != null) {
            throw ApiException.unprocessable(endpointProblem);
        }
        long org = caller.orgId();
        try {
            credentials.register(org, provider, body.tokenEndpoint(), body.clientId(),
                    box.seal(body.clientSecret(), OAuthCredential.context(org, provider, "client_secret")),
                    box.seal(body.accessToken(), OAuthCredential.context(org, provider, "access_token")),
                    box.seal(body.refreshToken(), OAuthCredential.context(org, provider, "refresh_token")),
                    body.expiresAt());
        } catch (SecretBox.MissingKeyException e) {
            throw ApiException.unavailable(e.getMessage());
        }
        credentials.event(org, provider, "registered", "success", null);
        return new OAuthBodies.CredentialRegistered("registered", provider);
    }

    @PostMapping("/refresh/{provider}")
    @ApiError(status = 403, description = "Admin privileges required for credential refresh")
    public OAuthBodies.RefreshQueued refresh(Caller caller, @PathVariable String provider,
            @Parameter(schema = @Schema(minimum = "0", maximum = "10", defaultValue = "3"))
            @RequestParam(name = "max_retries", defaultValue = "3") int maxRetries) {
        requireAdmin(caller, "Admin privileges required for credential refresh");
        if (maxRetries < 0 || maxRetries > 10) {
            throw ApiException.unprocessable("max_retries must be between 0 and 10");
        }
        OAuthCredential c = credentials.find(caller.orgId(), provider)
                .orElseThrow(() -> ApiException.notFound("No credential found for provider: " + provider));
        if (c.refreshTokenSealed() == null) {
            throw ApiException.badRequest("No refresh token available for provider: " + provider);
        }
        boolean started = refreshes.start(caller.orgId(), provider, maxRetries);
        return new OAuthBodies.RefreshQueued("queued", provider, maxRetries, started
                ? "Refresh queued for " + provider + " (up to " + maxRetries + " retries)"
                : "A refresh of " + provider + " is already running");
    }

    @PostMapping("/reset/{provider}")
    @ApiError(status = 403, description = "Admin privileges required")
    public OAuthBodies.ResetDone reset(Caller caller, @PathVariable String provider) {
        requireAdmin(caller, "Admin privileges required to reset credentials");
        if (!credentials.reset(caller.orgId(), provider)) {
            throw ApiException.notFound("No credential found for provider: " + provider);
        }
        credentials.event(caller.orgId(), provider, "failure_count_reset", "success", null);
        return new OAuthBodies.ResetDone("success", provider, "Failure count reset for " + provider);
    }

    @GetMapping("/events")
    public OAuthBodies.CredentialEvents events(Caller caller, @RequestParam(required = false) String provider,
            @Parameter(schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "100"))
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.unprocessable("limit must be between 1 and 1000");
        }
        var events = credentials.events(caller.orgId(), provider, limit).stream()
                .map(OAuthBodies.CredentialEventView::of).toList();
        return new OAuthBodies.CredentialEvents(events, events.size(), provider);
    }

    private static void requireAdmin(Caller caller, String detail) {
        boolean admin = caller.platformAdmin()
                || (caller.userId() != null && AccountService.ORG_ADMIN.equals(caller.role()));
        if (!admin) {
            throw ApiException.forbidden(detail);
        }
    }

    private static void checkProvider(String provider) {
        if (!PROVIDER.matcher(provider).matches()) {
            throw ApiException.badRequest("provider must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }
}
