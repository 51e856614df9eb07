package dev.keel.activities.llm;

import java.time.Duration;

/**
 * A failed chat completion, classified: AUTH (401/403) and REJECTED (other 4xx) will fail again, RATE_LIMITED
 * (429, with the server's Retry-After when given) and TRANSIENT (5xx, timeouts, connection errors) may not;
 * CANCELLED: the caller stopped the call (not the provider's failure).
 */
public class LlmCallException extends Exception {
    public enum Kind { AUTH, REJECTED, RATE_LIMITED, TRANSIENT, NOT_CONFIGURED, CANCELLED }

    private final Kind kind;
    private final Duration retryAfter;

    public LlmCallException(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The server's Retry-After for RATE_LIMITED, else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean permanent() {
        return kind == Kind.AUTH || kind == Kind.REJECTED || kind == Kind.NOT_CONFIGURED;
    }
}
