package dev.keel.integrations.http;

/**
 * A Daily.co or OpenAI Realtime call that gave no usable answer. The message names the provider and, for
 * configuration and credential problems, the variable to fix; it never contains an API key.
 */
public class ProviderException extends RuntimeException {

    /** Why the call failed; the API maps each kind to one HTTP status. */
    public enum Kind {
        /** The key variable is unset or the base URL variable is not a URL. */
        NOT_CONFIGURED,
        /** The provider answered 401 or 403. */
        CREDENTIALS_REFUSED,
        /** The provider answered another 4xx (except 429). */
        REJECTED,
        /** The provider answered 429. */
        RATE_LIMITED,
        /** The provider answered 5xx, or 2xx with a body we cannot use. */
        PROVIDER_ERROR,
        /** Timeout, connection refused, unknown host, TLS failure. */
        UNREACHABLE
    }

    private final Kind kind;
    private final String retryAfterSeconds;
    private final int httpStatus;

    public ProviderException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ProviderException(Kind kind, String message, String retryAfterSeconds) {
        this(kind, message, retryAfterSeconds, 0);
    }

    public ProviderException(Kind kind, String message, String retryAfterSeconds, int httpStatus) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
        this.httpStatus = httpStatus;
    }

    /** The provider's HTTP status, or 0 when it did not answer one. */
    public int httpStatus() {
        return httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's Retry-After (seconds) on a 429, else null. */
    public String retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
