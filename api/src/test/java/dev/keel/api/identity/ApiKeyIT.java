package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.domain.identity.ApiKeyRepository;
import dev.keel.domain.identity.OrganizationRepository;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeyIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AutopackKeySeeder seeder;
    @Autowired
    ApiKeyRepository apiKeys;
    @Autowired
    OrganizationRepository organizations;

    @Test
    void orgAdminCreatesKeyThatAuthenticatesAsServiceOfTheOrg() {
        Response admin = Accounts.register(http(), Accounts.email("keys"));
        String access = admin.json().path("access_token").asString();
        Response created = http().bearer(access).postJson("/api/auth/api-keys", Map.of("name", "executor"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "key", "created_at");
        String key = created.json().path("key").asString();
        assertThat(jdbc.sql("SELECT key_hash FROM api_keys WHERE id = ?").param(created.json().path("id").asLong())
                .query(String.class).single()).isEqualTo(Hashes.sha256Hex(key)).doesNotContain(key);

        Response whoami = http().apiKey(key).get("/api/auth/whoami");
        assertThat(whoami.status()).isEqualTo(200);
        assertThat(whoami.json().path("org_id").asLong()).isEqualTo(admin.json().path("org_id").asLong());
        assertThat(whoami.json().path("user_id").isNull()).isTrue();
        assertThat(whoami.json().path("role").asString()).isEqualTo("service");
        assertThat(whoami.json().path("source").asString()).isEqualTo("api_key");

        assertThat(http().bearer(access).delete("/api/auth/api-keys/" + created.json().path("id").asLong()).status())
                .isEqualTo(204);
        assertThat(http().apiKey(key).get("/api/auth/whoami").status()).isEqualTo(401);
    }

    @Test
    void rejectsInvalidApiKey() {
        Response response = http().apiKey("definitely-not-a-key").get("/api/auth/whoami");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Invalid or missing API key");
    }

    @Test
    void seedsAutopackKeyIdempotentlyUnderAutopackOrg() {
        String raw = "autopack-" + UUID.randomUUID();
        new AutopackKeySeeder(apiKeys, organizations, raw).run(null);
        seeder.ensureKey(raw);
        assertThat(jdbc.sql("SELECT count(*) FROM api_keys WHERE key_hash = ?").param(Hashes.sha256Hex(raw))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organizations WHERE name = 'Autopack'").query(Long.class).single())
                .isEqualTo(1);
        Response whoami = http().apiKey(raw).get("/api/auth/whoami");
        assertThat(whoami.status()).isEqualTo(200);
        long orgId = whoami.json().path("org_id").asLong();
        assertThat(jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(orgId).query(String.class).single())
                .isEqualTo("Autopack");
    }

    @Test
    void rejectsCrossTenantApiKeyDelete() {
        String ownerAccess = Accounts.accessToken(http(), "keyowner");
        Response created = http().bearer(ownerAccess).postJson("/api/auth/api-keys", Map.of("name", "mine"));
        long id = created.json().path("id").asLong();
        String intruder = Accounts.accessToken(http(), "keyintruder");
        Response attempt = http().bearer(intruder).delete("/api/auth/api-keys/" + id);
        assertThat(attempt.status()).isEqualTo(404);
        assertThat(attempt.detail()).isEqualTo("API key not found");
        assertThat(http().apiKey(created.json().path("key").asString()).get("/api/auth/whoami").status())
                .isEqualTo(200);
    }

    @Test
    void onlyUsersMayManageKeysAndNameIsRequired() {
        String access = Accounts.accessToken(http(), "keyrules");
        Response blank = http().bearer(access).postJson("/api/auth/api-keys", Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(422);
        String key = http().bearer(access).postJson("/api/auth/api-keys", Map.of("name", "k")).json()
                .path("key").asString();
        Response byKey = http().apiKey(key).postJson("/api/auth/api-keys", Map.of("name", "escalate"));
        assertThat(byKey.status()).isEqualTo(403);
        assertThat(http().postJson("/api/auth/api-keys", Map.of("name", "anon")).status()).isEqualTo(401);
    }
}
