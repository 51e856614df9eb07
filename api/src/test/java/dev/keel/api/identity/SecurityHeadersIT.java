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
        String email = Accounts.email("metrics");
        Accounts.register(http(), email);
        HttpTestClient client = http().header("X-Forwarded-For", Accounts.uniqueIp());
        String token = login(client, email);
        jdbc.sql("UPDATE users SET is_platform_admin = false WHERE lower(email) = lower(?)").param(email).update();
        token = login(client, email);
        assertThat(http().bearer(token).get("/actuator/prometheus").status()).isEqualTo(403);
        jdbc.sql("UPDATE users SET is_platform_admin = true WHERE lower(email) = lower(?)").param(email).update();
        Response metrics = http().bearer(login(client, email)).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
    }

    private static String login(HttpTestClient client, String email) {
        Response r = client.postJson("/api/auth/login", java.util.Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("access_token").asString();
    }
}
