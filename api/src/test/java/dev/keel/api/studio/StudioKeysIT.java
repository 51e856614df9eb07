package dev.keel.api.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.domain.studio.StudioTargets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Per-user keys and admin global keys: encrypted at rest, never returned, audit-logged, tenant- and role-checked. */
class StudioKeysIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudioTargets targets;

    @Test
    void userKeysAreEncryptedNeverReturnedAndResolvedForActivities() {
        StudioClient ada = StudioClient.register(http(), jdbc, "keys-ada");
        StudioClient bob = StudioClient.register(http(), jdbc, "keys-bob");
        assertThat(ada.put("/api/keys", Map.of("provider_key", "openai")).status()).isEqualTo(400);
        assertThat(ada.put("/api/keys", Map.of("provider_key", "nope", "value", "sk-x")).status()).isEqualTo(404);
        Response put = ada.put("/api/keys", Map.of("provider_key", "openai", "value", "sk-ada-secret-1"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        long keyId = put.json().path("key_id").asLong();
        Response again = ada.put("/api/keys", Map.of("provider_key", "openai", "api_key", "sk-ada-secret-2"));
        assertThat(again.json().path("key_id").asLong()).as("an update keeps the id").isEqualTo(keyId);

        byte[] stored = jdbc.sql("SELECT cipher FROM studio_user_keys WHERE id = ?").param(keyId)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("sk-ada-secret");
        assertThat(targets.apiKey(ada.userId(), "openai")).contains("sk-ada-secret-2");
        assertThat(targets.apiKey(bob.userId(), "openai")).isEmpty();

        Response list = ada.get("/api/keys");
        assertThat(list.body()).doesNotContain("sk-ada-secret");
        JsonNode openai = list.json().path("keys").get(0);
        assertThat(openai.path("provider_key").asString()).isEqualTo("openai");
        assertThat(openai.path("key_env_name").asString()).isEqualTo("OPENAI_API_KEY");
        assertThat(openai.path("has_user_key").asBoolean()).isTrue();
        assertThat(openai.path("user_key_updated_at").isNull()).isFalse();
        assertThat(bob.get("/api/keys").json().path("keys").get(0).path("has_user_key").asBoolean()).isFalse();
        assertThat(bob.delete("/api/keys", Map.of("provider_key", "openai")).detail()).isEqualTo("Key not found");
        assertThat(targets.apiKey(ada.userId(), "openai")).as("bob's delete changed nothing").isPresent();

        ada.post("/api/config/provider", Map.of("provider_key", "inline", "api_key", "sk-inline-xyz"));
        assertThat(targets.apiKey(ada.userId(), "inline")).contains("sk-inline-xyz");
        assertThat(ada.get("/api/config").body()).doesNotContain("sk-inline-xyz");
        ada.put("/api/keys", Map.of("provider_key", "inline", "value", "sk-own"));
        assertThat(targets.apiKey(ada.userId(), "inline")).as("the user's key wins").contains("sk-own");
        ada.delete("/api/config/provider", Map.of("provider_key", "inline"));
        JsonNode orphan = ada.get("/api/keys").json().path("keys").get(3);
        assertThat(orphan.path("provider_key").asString()).isEqualTo("inline");
        assertThat(orphan.path("standalone").asBoolean()).isTrue();

        assertThat(ada.delete("/api/keys", Map.of()).status()).isEqualTo(400);
        assertThat(ada.delete("/api/keys", Map.of("provider_key", "openai")).status()).isEqualTo(200);
        assertThat(targets.apiKey(ada.userId(), "openai")).isEmpty();
        List<String> actions = jdbc.sql("SELECT action FROM studio_audit_log WHERE user_id = ? ORDER BY id")
                .param(ada.userId()).query(String.class).list();
        assertThat(actions).containsSubsequence("key_set", "key_set", "key_set", "key_delete");
        String details = String.join(" ", jdbc.sql("SELECT detail::text FROM studio_audit_log WHERE user_id = ?")
                .param(ada.userId()).query(String.class).list());
        assertThat(details).doesNotContain("sk-");
    }

    @Test
    void globalKeysAreAdminOnlyMaskedAndUsedAsTheFallback() throws Exception {
        StudioClient admin = StudioClient.register(http(), jdbc, "env-admin");
        StudioClient user = StudioClient.register(http(), jdbc, "env-user");
        Map<String, String> set = Map.of("name", "ANTHROPIC_API_KEY", "value", "sk-ant-global-9876");
        assertThat(user.get("/api/env").status()).isEqualTo(403);
        assertThat(user.get("/api/env").detail()).isEqualTo("Admin access required");
        assertThat(user.put("/api/env", set).status()).isEqualTo(403);
        assertThat(user.delete("/api/env", Map.of("name", "X")).status()).isEqualTo(403);
        try (AutoCloseable promoted = admin.promoted(jdbc)) {
            assertThat(admin.put("/api/env", Map.of("name", "1BAD", "value", "v")).status()).isEqualTo(400);
            Response put = admin.put("/api/env", set);
            assertThat(put.json().path("masked_value").asString()).isEqualTo("****9876");
            admin.put("/api/env", Map.of("name", "SHORT_KEY", "value", "abc"));
            Response list = admin.get("/api/env");
            assertThat(list.body()).doesNotContain("sk-ant-global");
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            list.json().path("keys").forEach(k -> byName.put(k.path("name").asString(), k));
            assertThat(byName.get("ANTHROPIC_API_KEY").path("is_set").asBoolean()).isTrue();
            assertThat(byName.get("SHORT_KEY").path("masked_value").asString()).isEqualTo("****");
            assertThat(byName.get("OPENAI_API_KEY").path("is_set").asBoolean()).as("referenced, unset").isFalse();
            assertThat(byName.get("OPENAI_API_KEY").path("masked_value").asString()).isEmpty();

            user.get("/api/config");
            assertThat(targets.apiKey(user.userId(), "anthropic")).as("global fallback via api_key_env")
                    .contains("sk-ant-global-9876");
            assertThat(user.get("/api/keys").json().path("keys").get(1).path("has_global_key").asBoolean()).isTrue();

            JsonNode audit = admin.get("/api/admin/audit?action=env_key_set&user=" + admin.email()).json();
            assertThat(audit.path("entries").size()).isEqualTo(2);
            assertThat(audit.path("entries").get(0).path("resource_id").asString()).isEqualTo("SHORT_KEY");
            assertThat(audit.path("entries").get(0).path("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(admin.get("/api/admin/audit?action=env_key_set&user=" + admin.email() + "&limit=1&offset=1")
                    .json().path("entries").get(0).path("resource_id").asString()).isEqualTo("ANTHROPIC_API_KEY");
            assertThat(admin.get("/api/admin/audit?since=2999-01-01").json().path("entries").size()).isZero();
            jdbc.sql("INSERT INTO studio_audit_log (created_at, action) VALUES (now() - interval '91 days', "
                    + "'ancient_action')").update();
            assertThat(admin.get("/api/admin/audit?action=ancient_action").json().path("entries").size())
                    .as("90-day retention").isZero();
            assertThat(admin.get("/api/admin/audit?since=yesterday").status()).isEqualTo(400);
            assertThat(admin.get("/api/admin/audit?limit=0").status()).isEqualTo(422);

            assertThat(admin.delete("/api/env", Map.of("name", "SHORT_KEY")).status()).isEqualTo(200);
            assertThat(admin.delete("/api/env", Map.of("name", "SHORT_KEY")).status()).isEqualTo(404);
            admin.delete("/api/env", Map.of("name", "ANTHROPIC_API_KEY"));
            assertThat(targets.apiKey(user.userId(), "anthropic")).isEmpty();
        }
        assertThat(user.get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/audit").status()).as("demoted again").isEqualTo(403);
    }
}
