package dev.keel.integrations.llm;

import java.time.Duration;

/**
 * A call that gave no usable answer, classified once for every caller. Activities turn it into an
 * ApplicationFailure (permanent kinds non-retryable), the API into an HTTP status. The message names the provider
 * and never contains the API key.
 */
public class LlmException extends RuntimeException {

    public enum Kind {
        /** 401/403: the key is wrong or lacks access; retrying cannot help. */
        AUTH(false),
        /** 429 (or Anthropic's 529 overloaded): try again after retryAfter() when given. */
        RATE_LIMITED(true),
        /** The provider did not answer (or finish streaming) within the call's timeout. */
        TIMEOUT(true),
        /** A 2xx whose body is not the protocol's shape (not JSON, no content, broken stream). */
        MALFORMED(true),
        /** 5xx, or an error event inside a stream. */
        SERVER_ERROR(true),
        /** Connection refused or reset, unknown host, TLS failure. */
        UNREACHABLE(true),
        /** Other 4xx: the request itself is wrong (bad model name, too long, bad parameter); it will fail again. */
        BAD_REQUEST(false),
        /** No key or base URL is set, or the base URL is not a URL. */
        NOT_CONFIGURED(false),
        /** The caller's thread was interrupted (an activity cancelled); not the provider's failure. */
        CANCELLED(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public LlmException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public LlmException(Kind kind, String message, int httpStatus, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's HTTP status, 0 when it answered none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The provider's Retry-After on RATE_LIMITED (at most 5 minutes), else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean retryable() {
        return kind.retryable();
    }
}
