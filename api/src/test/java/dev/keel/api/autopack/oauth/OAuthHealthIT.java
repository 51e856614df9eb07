package dev.keel.api.autopack.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.Eventually;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * OAuth credential health against a fake token endpoint over HTTP: registration seals the secrets, an admin's
 * refresh runs as a workflow (rotation, retry with backoff, invalid_grant = revoked), reset, events; API keys are
 * not admins; another organization sees none of it.
 */
class OAuthHealthIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void refreshReachesTheProviderAndHealthFollows() throws Exception {
        try (FakeOAuthServer provider = new FakeOAuthServer()) {
            TestUsers.TestUser admin = TestUsers.register(http(), "oauth");
            HttpTestClient a = http().bearer(admin.accessToken());
            HttpTestClient b = http().bearer(TestUsers.register(http(), "oauth-other").accessToken());
            register(a, "google", provider.tokenUrl(), Instant.now().minusSeconds(30));
            String sealed = jdbc.sql("SELECT refresh_token_sealed || client_secret_sealed FROM autopack_oauth_credentials"
                    + " WHERE org_id = ? AND provider = 'google'").param(admin.orgId()).query(String.class).single();
            assertThat(sealed).startsWith("v1:").doesNotContain("refresh-original").doesNotContain("client-secret");

            JsonNode expired = a.get("/api/auth/oauth/health/google").json();
            assertThat(expired.path("status").asString()).isEqualTo("expired");
            assertThat(expired.path("is_healthy").asBoolean()).isFalse();
            assertThat(a.get("/api/auth/oauth/health").json().path("summary").path("overall_healthy").asBoolean())
                    .isFalse();

            var queued = a.postJson("/api/auth/oauth/refresh/google?max_retries=2", "");
            assertThat(queued.status()).as(queued.body()).isEqualTo(200);
            assertThat(queued.json().path("status").asString()).isEqualTo("queued");
            Eventually.within(Duration.ofSeconds(30), "the refresh succeeds",
                    () -> a.get("/api/auth/oauth/health/google").json().path("status").asString().equals("valid"));
            awaitRunClosed(admin.orgId());
            Map<String, String> first = provider.requests().get(0);
            assertThat(first).containsEntry("grant_type", "refresh_token")
                    .containsEntry("refresh_token", "refresh-original").containsEntry("client_id", "autopack")
                    .containsEntry("client_secret", "client-secret");

            // the rotated refresh token is used next; a 503 is retried after the backoff
            provider.answerNext(503, "{\"error\":\"temporarily_unavailable\"}");
            a.postJson("/api/auth/oauth/refresh/google?max_retries=2", "");
            Eventually.within(Duration.ofSeconds(40), "the retried refresh succeeds",
                    () -> a.get("/api/auth/oauth/health/google").json().path("total_refreshes").asInt() == 3);
            awaitRunClosed(admin.orgId());
            assertThat(provider.requests().get(1)).containsEntry("refresh_token", "rotated-1");
            JsonNode health = a.get("/api/auth/oauth/health/google").json();
            assertThat(health.path("total_failures").asInt()).isEqualTo(1);
            assertThat(health.path("consecutive_failures").asInt()).isZero();
            String types = a.get("/api/auth/oauth/events?provider=google").json().toString();
            assertThat(types).contains("registered", "refresh_attempt", "refresh_success", "refresh_failed",
                    "refresh_retry");

            provider.answerNext(400, "{\"error\":\"invalid_grant\"}");
            a.postJson("/api/auth/oauth/refresh/google?max_retries=3", "");
            Eventually.within(Duration.ofSeconds(30), "a revoked grant is reported",
                    () -> a.get("/api/auth/oauth/health/google").json().path("status").asString().equals("revoked"));
            Thread.sleep(1000);
            assertThat(provider.requests()).hasSize(4); // invalid_grant is never retried

            var reset = a.postJson("/api/auth/oauth/reset/google", "");
            assertThat(reset.json().path("message").asString()).isEqualTo("Failure count reset for google");
            assertThat(a.get("/api/auth/oauth/events?limit=1").json().path("events").get(0).path("event_type")
                    .asString()).isEqualTo("failure_count_reset");

            // another organization sees nothing and cannot act on it
            assertThat(b.get("/api/auth/oauth/health").json().path("summary").path("total_credentials").asInt()).isZero();
            assertThat(b.get("/api/auth/oauth/health/google").json().path("status").asString()).isEqualTo("unknown");
            assertThat(b.get("/api/auth/oauth/events").json().path("count").asInt()).isZero();
            assertThat(b.postJson("/api/auth/oauth/refresh/google", "").status()).isEqualTo(404);
            assertThat(b.postJson("/api/auth/oauth/reset/google", "").status()).isEqualTo(404);
        }
    }

    @Test
    void adminOnlyAndBadInput() {
        TestUsers.TestUser admin = TestUsers.register(http(), "oauth-admin");
        HttpTestClient a = http().bearer(admin.accessToken());
        var key = a.postJson("/api/auth/api-keys", Map.of("name", "oauth"));
        HttpTestClient service = http().apiKey(key.json().path("key").asString());
        register(a, "github", "http://127.0.0.1:9/token", Instant.now().plusSeconds(120));
        assertThat(a.get("/api/auth/oauth/health/github").json().path("status").asString()).isEqualTo("refresh_pending");
        var refused = service.postJson("/api/auth/oauth/refresh/github", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("Admin privileges required for credential refresh");
        assertThat(service.postJson("/api/auth/oauth/reset/github", "").status()).isEqualTo(403);
        assertThat(service.get("/api/auth/oauth/health").status()).isEqualTo(200);
        assertThat(a.postJson("/api/auth/oauth/refresh/nothing", "").status()).isEqualTo(404);
        assertThat(a.postJson("/api/auth/oauth/refresh/github?max_retries=99", "").status()).isEqualTo(422);
        assertThat(a.get("/api/auth/oauth/events?limit=0").status()).isEqualTo(422);
        assertThat(http().get("/api/auth/oauth/health").status()).isEqualTo(401);
        var bad = new HashMap<String, Object>(Map.of("token_endpoint", "file:///etc/passwd", "client_id", "x",
                "refresh_token", "r"));
        assertThat(a.send(a.builder("/api/auth/oauth/credentials/x").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(tools.jackson.databind.json.JsonMapper.builder()
                        .build().writeValueAsString(bad)))).status()).isEqualTo(422);
    }

    private void awaitRunClosed(long orgId) {
        Eventually.within(Duration.ofSeconds(20), "the refresh run is closed", () -> jdbc.sql(
                "SELECT count(*) FROM runs WHERE workflow_id = ? AND completed_at IS NULL")
                .param("autopack-oauth-refresh-" + orgId + "-google").query(Long.class).single() == 0);
    }

    private static void register(HttpTestClient org, String provider, String tokenUrl, Instant expiresAt) {
        String body = "{\"token_endpoint\":\"" + tokenUrl + "\",\"client_id\":\"autopack\",\"client_secret\":"
                + "\"client-secret\",\"refresh_token\":\"refresh-original\",\"access_token\":\"old\",\"expires_at\":\""
                + expiresAt + "\"}";
        var r = org.send(org.builder("/api/auth/oauth/credentials/" + provider).header("Content-Type",
                "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
