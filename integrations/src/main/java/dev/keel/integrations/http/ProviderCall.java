package dev.keel.integrations.http;

import dev.keel.integrations.http.ProviderException.Kind;
import dev.keel.integrations.llm.ProviderErrors;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON POST with a bearer key to a provider's REST API, without retries (these are interactive calls),
 * bounded by a connect timeout and a request timeout. Every failure becomes a {@link ProviderException}.
 */
public final class ProviderCall {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String provider;
    private final String keyVariable;
    private final String baseVariable;
    private final String apiBase;
    private final String apiKey;
    private final Duration timeout;

    public ProviderCall(String provider, String keyVariable, String baseVariable, String apiBase, String apiKey,
                 Duration timeout) {
        this.provider = provider;
        this.keyVariable = keyVariable;
        this.baseVariable = baseVariable;
        this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    /** POSTs the body to base + path and returns the 2xx answer as JSON. */
    public JsonNode post(String path, ObjectNode body) {
        if (apiKey == null) {
            throw new ProviderException(Kind.NOT_CONFIGURED, provider + " is not configured: set " + keyVariable);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(apiBase + path))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ProviderException(Kind.NOT_CONFIGURED, provider + " is not configured: " + baseVariable
                    + " is not a valid http(s) URL");
        }
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode json = parse(response.body());
            if (json == null || !json.isObject()) {
                throw new ProviderException(Kind.PROVIDER_ERROR, provider + " answered HTTP " + status
                        + " with a body that is not a JSON object");
            }
            return json;
        }
        throw failure(status, response);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProviderException(Kind.UNREACHABLE, provider + " did not answer within "
                    + timeout.toSeconds() + " s (" + apiBase + ")");
        } catch (ConnectException e) {
            throw new ProviderException(Kind.UNREACHABLE, provider + " could not be reached at " + apiBase
                    + ": connection refused or failed");
        } catch (IOException e) {
            throw new ProviderException(Kind.UNREACHABLE, provider + " could not be reached at " + apiBase + ": "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(Kind.UNREACHABLE, provider + " call was interrupted");
        }
    }

    /** Classified by the gateway's {@link ProviderErrors}, worded for these interactive calls. */
    private ProviderException failure(int status, HttpResponse<String> response) {
        String message = ProviderErrors.message(response.body(), apiKey);
        String suffix = message.isEmpty() ? "" : ": " + message;
        return switch (ProviderErrors.kindOf(status)) {
            case AUTH -> new ProviderException(Kind.CREDENTIALS_REFUSED, provider + " refused the credentials (HTTP "
                    + status + "); check " + keyVariable + suffix);
            case RATE_LIMITED -> new ProviderException(Kind.RATE_LIMITED, provider + " is rate limiting requests (HTTP "
                    + status + "); try again later" + suffix, response.headers().firstValue("Retry-After").orElse(null));
            case BAD_REQUEST, TIMEOUT -> new ProviderException(Kind.REJECTED, provider + " rejected the request (HTTP "
                    + status + ")" + suffix, null, status);
            default -> new ProviderException(Kind.PROVIDER_ERROR, provider + " failed (HTTP " + status + ")" + suffix);
        };
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
