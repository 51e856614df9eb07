package dev.keel.domain.autopack.oauth;

import java.time.Instant;

/** A stored OAuth credential; the secrets stay sealed (SecretBox) until an activity opens them. */
public record OAuthCredential(long id, long orgId, String provider, String tokenEndpoint, String clientId,
                              String clientSecretSealed, String accessTokenSealed, String refreshTokenSealed,
                              Instant expiresAt, Instant lastRefresh, String lastRefreshResult,
                              int consecutiveFailures, int totalRefreshes, int totalFailures) {

    /** The associated data a secret of this credential is sealed with: org, provider and field. */
    public static String context(long orgId, String provider, String field) {
        return "autopack-oauth:" + orgId + ":" + provider + ":" + field;
    }
}
