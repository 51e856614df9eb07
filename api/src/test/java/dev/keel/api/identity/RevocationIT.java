package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deactivated user or a revoked key loses access within seconds, although signed tokens are cached. */
class RevocationIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void deactivatedUserLosesAccessWithinSeconds() throws Exception {
        String email = Accounts.email("deactivated");
        Response registered = Accounts.register(http(), email);
        HttpTestClient user = http().bearer(registered.json().path("access_token").asString());
        assertThat(user.get("/approval/pending").status()).isEqualTo(200);

        jdbc.sql("UPDATE users SET is_active = false WHERE lower(email) = lower(?)").param(email).update();
        long start = System.nanoTime();
        Response refused;
        do {
            Thread.sleep(100);
            refused = user.get("/approval/pending");
        } while (refused.status() == 200 && System.nanoTime() - start < 30_000_000_000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("deactivated user refused after %.1f s%n", seconds);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.detail()).isEqualTo("User is deactivated or no longer exists");
        assertThat(seconds).isLessThan(7.0);
    }

    @Test
    void revokedApiKeyIsRefusedAtOnce() {
        HttpTestClient admin = http().bearer(Accounts.accessToken(http(), "key-owner"));
        Response created = admin.postJson("/api/auth/api-keys", Map.of("name", "to revoke"));
        HttpTestClient service = http().apiKey(created.json().path("key").asString());
        assertThat(service.get("/approval/pending").status()).isEqualTo(200);
        assertThat(admin.delete("/api/auth/api-keys/" + created.json().path("id").asLong()).status()).isEqualTo(204);
        Response refused = service.get("/approval/pending");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.detail()).isEqualTo("Invalid or missing API key");
    }
}
