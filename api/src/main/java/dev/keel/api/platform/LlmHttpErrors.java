package dev.keel.api.platform;

import dev.keel.integrations.llm.LlmException;
import org.springframework.http.HttpStatus;

/**
 * The gateway's classification on a plain HTTP path (no workflow in between): not configured and rate limited
 * are 503 (the latter with the provider's Retry-After, else 5 s), a timeout 504, anything else the provider did
 * wrong 502.
 */
public final class LlmHttpErrors {
    private LlmHttpErrors() {
    }

    public static ApiException of(LlmException e) {
        return switch (e.kind()) {
            case NOT_CONFIGURED -> ApiException.unavailable(e.getMessage());
            case RATE_LIMITED -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The LLM provider is rate limiting"
                    + " requests; try again later", retryAfterSeconds(e));
            case TIMEOUT -> new ApiException(HttpStatus.GATEWAY_TIMEOUT, "The LLM did not answer in time: "
                    + e.getMessage());
            case AUTH -> new ApiException(HttpStatus.BAD_GATEWAY, "The LLM provider refused the credentials"
                    + " (authentication failed; check KEEL_LLM_API_KEY): " + e.getMessage());
            case BAD_REQUEST -> new ApiException(HttpStatus.BAD_GATEWAY, e.getMessage());
            case MALFORMED, SERVER_ERROR, UNREACHABLE, CANCELLED -> new ApiException(HttpStatus.BAD_GATEWAY,
                    "LLM error: " + e.getMessage());
        };
    }

    private static String retryAfterSeconds(LlmException e) {
        if (e.retryAfter() == null) {
            return "5";
        }
        return String.valueOf(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000));
    }
}
