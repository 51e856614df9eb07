package dev.keel.integrations.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refresh_token grant of RFC 6749 section 6 against a provider's token endpoint: a form POST with the client
 * credentials in the body. Never retries; the caller decides. Messages never contain a token or the secret.
 */
public class OAuthTokenClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A new access token, the rotated refresh token (null when not rotated) and its lifetime (null: unknown). */
    public record Tokens(String accessToken, String refreshToken, Long expiresInSeconds) {
    }

    /** A refused or failed refresh: the OAuth error code (invalid_grant...), the HTTP status (0: no answer). */
    public static class RefreshFailed extends Exception {
        private final String error;
        private final int status;

        public RefreshFailed(String error, int status, String message) {
            super(message);
            this.error = error;
            this.status = status;
        }

        public String error() {
            return error;
        }

        public int status() {
            return status;
        }

        /** Worth another attempt later: no answer, rate limited or a server error. invalid_grant never is. */
        public boolean retryable() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    public Tokens refresh(String tokenEndpoint, String clientId, String clientSecret, String refreshToken)
            throws RefreshFailed {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new RefreshFailed("unreachable", 0, "Token endpoint unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefreshFailed("interrupted", 0, "Interrupted");
        }
        JsonNode json = parse(response.body());
        int status = response.statusCode();
        if (status != 200 || !json.path("access_token").isString()) {
            String error = json.path("error").isString() ? json.path("error").asString()
                    : status == 429 ? "rate_limited" : "http_" + status;
            throw new RefreshFailed(error, status == 200 ? 502 : status, "Token endpoint answered " + status
                    + " (" + error + ")");
        }
        return new Tokens(json.path("access_token").asString(),
                json.path("refresh_token").isString() ? json.path("refresh_token").asString() : null,
                json.path("expires_in").canConvertToLong() ? json.path("expires_in").asLong() : null);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }
}
