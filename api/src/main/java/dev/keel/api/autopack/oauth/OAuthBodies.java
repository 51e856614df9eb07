package dev.keel.api.autopack.oauth;

import dev.keel.api.platform.StrictString;
import dev.keel.domain.autopack.oauth.CredentialHealth;
import dev.keel.domain.autopack.oauth.OAuthEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Bodies and answers of the OAuth credential health endpoints (seed 003 section 9). */
final class OAuthBodies {
    private OAuthBodies() {
    }

    @Schema(example = """
            {"token_endpoint": "https://oauth2.example.com/token", "client_id": "autopack", "client_secret": "s3cret",
             "refresh_token": "1//refresh", "access_token": "ya29.access", "expires_at": "2030-01-01T00:00:00Z"}""")
    record CredentialRegistration(
            @NotBlank(message = "a non-blank string is required") @Size(max = 2000, message = "at most 2000 characters")
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @JsonDeserialize(using = StrictString.class) String tokenEndpoint,
            @NotBlank(message = "a non-blank string is required") @Size(max = 500, message = "at most 500 characters")
            @JsonDeserialize(using = StrictString.class) String clientId,
            @Size(max = 4000, message = "at most 4000 characters") @JsonDeserialize(using = StrictString.class)
            String clientSecret,
            @NotBlank(message = "a non-blank string is required") @Size(max = 8000, message = "at most 8000 characters")
            @JsonDeserialize(using = StrictString.class) String refreshToken,
            @Size(max = 8000, message = "at most 8000 characters") @JsonDeserialize(using = StrictString.class)
            String accessToken,
            Instant expiresAt) {
    }

    record CredentialRegistered(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider) {
    }

    record CredentialHealthView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"valid",
                                        "refresh_pending", "expired", "refresh_failed", "revoked", "unknown"})
                                String status,
                                Instant lastRefresh, String lastRefreshResult, Instant expiresAt,
                                int consecutiveFailures, int totalRefreshes, int totalFailures, boolean isHealthy,
                                boolean requiresAttention,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
        static CredentialHealthView of(CredentialHealth h) {
            return new CredentialHealthView(h.provider(), h.status(), h.lastRefresh(), h.lastRefreshResult(),
                    h.expiresAt(), h.consecutiveFailures(), h.totalRefreshes(), h.totalFailures(), h.isHealthy(),
                    h.requiresAttention(), h.message());
        }
    }

    record CredentialEventView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant timestamp,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String eventType,
                               String result, String details) {
        static CredentialEventView of(OAuthEvent e) {
            return new CredentialEventView(e.timestamp(), e.provider(), e.eventType(), e.result(), e.details());
        }
    }

    record HealthSummary(int totalCredentials, int healthyCount, int attentionRequiredCount, boolean overallHealthy) {
    }

    record CredentialHealthReport(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant generatedAt,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) HealthSummary summary,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                  Map<String, CredentialHealthView> credentials,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                  List<CredentialEventView> recentEvents) {
    }

    record RefreshQueued(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider, int maxRetries,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }

    record ResetDone(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }

    record CredentialEvents(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CredentialEventView> events,
                            int count, String providerFilter) {
    }
}
