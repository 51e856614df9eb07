package dev.keel.integrations.llm;

import dev.keel.integrations.llm.LlmException.Kind;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one classifier of provider HTTP failures (LLM providers, and the Daily/Realtime REST calls): status to kind,
 * Retry-After to a delay, the provider's own error message (OpenAI, Anthropic and Gemini all say error.message)
 * cleaned of control characters and of the key.
 */
public final class ProviderErrors {
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE_CHARS = 300;

    private ProviderErrors() {
    }

    /** The kind of a non-2xx status. */
    public static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.AUTH;
        }
        if (status == 429 || status == 529) {
            return Kind.RATE_LIMITED;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status >= 400 && status < 500) {
            return Kind.BAD_REQUEST;
        }
        return Kind.SERVER_ERROR;
    }

    static LlmException fromStatus(String provider, int status, HttpHeaders headers, String body, String apiKey) {
        Kind kind = kindOf(status);
        String detail = message(body, apiKey);
        String suffix = detail.isEmpty() ? "" : ": " + detail;
        String text = switch (kind) {
            case AUTH -> provider + " refused the credentials (HTTP " + status + ")" + suffix;
            case RATE_LIMITED -> provider + " is rate limiting requests (HTTP " + status + ")" + suffix;
            case BAD_REQUEST -> provider + " rejected the request (HTTP " + status + ")" + suffix;
            default -> provider + " failed (HTTP " + status + ")" + suffix;
        };
        Duration retryAfter = kind == Kind.RATE_LIMITED
                ? retryAfter(headers.firstValue("Retry-After").orElse(null)) : null;
        return new LlmException(kind, text, status, retryAfter);
    }

    static LlmException fromIo(String provider, Exception e, Duration timeout) {
        if (e instanceof HttpTimeoutException) {
            return timeout(provider, timeout);
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return new LlmException(Kind.UNREACHABLE, provider + " could not be reached: connection refused or failed");
        }
        return new LlmException(Kind.UNREACHABLE, provider + " could not be reached: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }

    static LlmException timeout(String provider, Duration timeout) {
        return new LlmException(Kind.TIMEOUT, provider + " did not answer within " + timeout.toMillis() + " ms");
    }

    static LlmException malformed(String provider, String what) {
        return new LlmException(Kind.MALFORMED, provider + " answered with " + what);
    }

    static LlmException cancelled(String provider) {
        return new LlmException(Kind.CANCELLED, provider + " call cancelled");
    }

    /** Seconds (possibly fractional) or an HTTP date; null when absent, unreadable or longer than 5 minutes. */
    public static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration delay;
        try {
            delay = Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.trim()) * 1000)));
        } catch (NumberFormatException e) {
            try {
                delay = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                delay = delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return delay.compareTo(MAX_RETRY_AFTER) <= 0 ? delay : null;
    }

    /** error.message (OpenAI, Anthropic, Gemini), Daily's info or error string; at most 300 characters, key masked. */
    public static String message(String body, String apiKey) {
        JsonNode json = parse(body);
        String message = "";
        if (json != null) {
            JsonNode error = json.path("error");
            if (error.isObject()) {
                message = error.path("message").asString("");
            } else if (json.path("info").isString()) {
                message = json.path("info").asString();
            } else if (error.isString()) {
                message = error.asString();
            }
        }
        message = message.replaceAll("\\p{Cntrl}", " ").strip();
        if (apiKey != null && !apiKey.isEmpty()) {
            message = message.replace(apiKey, "***");
        }
        return message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "..." : message;
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
