package dev.keel.api.pluto;

import dev.keel.integrations.http.ProviderException;
import dev.keel.api.platform.ApiException;
import org.springframework.http.HttpStatus;

/**
 * How a failed Daily.co / OpenAI Realtime call reaches the client: not configured, rate limited or unreachable
 * -> 503; credentials refused, request rejected or a provider error -> 502. The detail is the provider
 * failure's message (which names the variable to set when that is the fix).
 */
public final class ProviderErrors {
    private ProviderErrors() {
    }

    public static ApiException toApi(ProviderException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_CONFIGURED, RATE_LIMITED, UNREACHABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case CREDENTIALS_REFUSED, REJECTED, PROVIDER_ERROR -> HttpStatus.BAD_GATEWAY;
        };
        String retryAfter = e.retryAfterSeconds() != null && e.retryAfterSeconds().matches("\\d{1,6}")
                ? e.retryAfterSeconds() : null;
        return new ApiException(status, e.getMessage(), retryAfter);
    }
}
