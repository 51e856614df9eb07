package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SecurityHeadersIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String big = "{\"x\":\"" + "a".repeat(2_000_000) + "\"}";
        List<Response> responses = List.of(http().get("/health"), http().get("/api/v1/jobs"),
                http().get("/docs/index.html"), http().get("/openapi.json"),
                http().bearer(Accounts.accessToken(http(), "headers")).get("/api/no-such-route"),
                http().postJson("/api/auth/register", big));
        for (Response r : responses) {
            assertThat(r.header("X-Content-Type-Options")).as(r.status() + " " + r.raw().uri()).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
            assertThat(r.header("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isNull();
        }
        assertThat(responses.get(5).status()).isEqualTo(413);
    }

    @Test
    void metricsNeedAPlatformAdmin() {
        assertThat(http().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
        HttpTestClient client = http().header("X-Forwarded-For", Accounts.uniqueIp());
        String email = Accounts.email("metrics");
        Accounts.register(http(), email);
        boolean wasAdmin = jdbc.sql("SELECT is_platform_admin FROM users WHERE lower(email) = lower(?)").param(email)
                .query(Boolean.class).single();
        String other = Accounts.email("metrics-other");
        Accounts.register(http(), other);
        assertThat(http().bearer(login(client, other)).get("/actuator/prometheus").status()).isEqualTo(403);
        // Promoted for this check only: AuthIT counts exactly one platform admin in the shared database.
        jdbc.sql("UPDATE users SET is_platform_admin = true WHERE lower(email) = lower(?)").param(email).update();
        try {
            Response metrics = http().bearer(login(client, email)).get("/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_");
        } finally {
            jdbc.sql("UPDATE users SET is_platform_admin = ? WHERE lower(email) = lower(?)").param(wasAdmin)
                    .param(email).update();
        }
    }

    private static String login(HttpTestClient client, String email) {
        Response r = client.postJson("/api/auth/login", java.util.Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("access_token").asString();
    }
}
