package dev.keel.workflows.autopack.oauth;

/** The outcome of one call to the token endpoint: success, or the error and whether a later try may succeed. */
public record RefreshAttempt(boolean success, boolean retryable, String result) {
}
