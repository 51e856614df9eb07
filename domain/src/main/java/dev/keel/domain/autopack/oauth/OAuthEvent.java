package dev.keel.domain.autopack.oauth;

import java.time.Instant;

/** registered, refresh_attempt, refresh_success, refresh_failed, rate_limited, refresh_retry, refresh_exhausted,
 * removed, failure_count_reset. */
public record OAuthEvent(Instant timestamp, String provider, String eventType, String result, String details) {
}
