package dev.keel.workflows.autopack.oauth;

/** Which credential to refresh (the tokens stay in PostgreSQL) and how many retries after the first attempt. */
public record RefreshRequest(long orgId, String provider, int maxRetries) {
}
