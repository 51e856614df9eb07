package dev.keel.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import java.util.Map;
import java.util.UUID;

/** Fresh users for tests; each registration creates its own organization. */
public final class TestUsers {
    private TestUsers() {
    }

    public record TestUser(String email, String accessToken, long orgId) {
    }

    public static TestUser register(HttpTestClient http, String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Response response = http.postJson("/api/auth/register", Map.of("email", email, "password", "password-123"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new TestUser(email, response.json().path("access_token").asString(),
                response.json().path("org_id").asLong());
    }
}
