package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import java.util.Map;
import java.util.UUID;

/** Registration helpers for identity tests; every account gets a fresh email and therefore a fresh org. */
final class Accounts {
    static final String PASSWORD = "correct-horse-9";

    private Accounts() {
    }

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.COM";
    }

    static String uniqueIp() {
        UUID u = UUID.randomUUID();
        return "10." + (u.hashCode() & 0xff) + "." + ((u.hashCode() >> 8) & 0xff) + "." + ((u.hashCode() >> 16) & 0xff);
    }

    /** Registers on /api/auth and returns the response (201 with access token and refresh cookie). */
    static Response register(HttpTestClient http, String email) {
        Response response = http.postJson("/api/auth/register", Map.of("email", email, "password", PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    static String accessToken(HttpTestClient http, String prefix) {
        return register(http, email(prefix)).json().path("access_token").asString();
    }

    /** The refresh_token value from a Set-Cookie header. */
    static String refreshCookie(Response response) {
        String header = response.header("Set-Cookie");
        assertThat(header).as("Set-Cookie").isNotNull().startsWith("refresh_token=");
        return header.substring("refresh_token=".length(), header.indexOf(';'));
    }
}
