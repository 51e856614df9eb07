package dev.keel.domain.autopack.oauth;

import java.time.Duration;
import java.time.Instant;

/**
 * The health of one credential, in the original's precedence: last result invalid_grant = revoked; 3 or more
 * consecutive failures = refresh_failed; expired (60 s buffer) = expired; within 300 s of expiry =
 * refresh_pending (still healthy); otherwise valid. An unknown provider is unknown, unhealthy, needs attention.
 */
public record CredentialHealth(String provider, String status, Instant lastRefresh, String lastRefreshResult,
                               Instant expiresAt, int consecutiveFailures, int totalRefreshes, int totalFailures,
                               boolean isHealthy, boolean requiresAttention, String message) {
    static final Duration EXPIRY_BUFFER = Duration.ofSeconds(60);
    static final Duration REFRESH_WINDOW = Duration.ofSeconds(300);

    public static CredentialHealth unknown(String provider) {
        return new CredentialHealth(provider, "unknown", null, null, null, 0, 0, 0, false, true,
                "No credential registered for " + provider);
    }

    public static CredentialHealth of(OAuthCredential c, Instant now) {
        String status;
        String message;
        if ("invalid_grant".equals(c.lastRefreshResult())) {
            status = "revoked";
            message = "The refresh token was revoked (invalid_grant); re-authorize " + c.provider();
        } else if (c.consecutiveFailures() >= 3) {
            status = "refresh_failed";
            message = c.consecutiveFailures() + " consecutive refresh failures";
        } else if (c.expiresAt() != null && !now.plus(EXPIRY_BUFFER).isBefore(c.expiresAt())) {
            status = "expired";
            message = "The access token has expired";
        } else if (c.expiresAt() != null && !now.plus(REFRESH_WINDOW).isBefore(c.expiresAt())) {
            status = "refresh_pending";
            message = "The access token expires within 5 minutes";
        } else {
            status = "valid";
            message = "Credential is valid";
        }
        boolean healthy = status.equals("valid") || status.equals("refresh_pending");
        return new CredentialHealth(c.provider(), status, c.lastRefresh(), c.lastRefreshResult(), c.expiresAt(),
                c.consecutiveFailures(), c.totalRefreshes(), c.totalFailures(), healthy, !healthy, message);
    }
}
