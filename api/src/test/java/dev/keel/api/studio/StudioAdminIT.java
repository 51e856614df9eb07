package dev.keel.api.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Admin routes (403 for everyone else), settings export/import, robots.txt and sitemap.xml. */
class StudioAdminIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void nonAdminsGet403OnEveryAdminRoute() {
        StudioClient user = StudioClient.register(http(), jdbc, "admin-nope");
        List<Response> responses = List.of(user.get("/api/admin/users"), user.get("/api/admin/stats"),
                user.get("/api/admin/system"), user.get("/api/admin/audit"), user.get("/api/env"),
                user.put("/api/admin/users/1/role", Map.of("role", "admin")),
                user.delete("/api/admin/users/1", Map.of()), user.put("/api/env", Map.of("name", "A", "value", "b")));
        for (Response r : responses) {
            assertThat(r.status()).as(r.raw().uri() + " " + r.body()).isEqualTo(403);
            assertThat(r.detail()).isEqualTo("Admin access required");
        }
        assertThat(jdbc.sql("SELECT is_platform_admin FROM users WHERE id = ?").param(user.userId())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void adminManagesUsersButNeverThemself() throws Exception {
        StudioClient admin = StudioClient.register(http(), jdbc, "admin-boss");
        StudioClient target = StudioClient.register(http(), jdbc, "admin-target");
        StudioClient doomed = StudioClient.register(http(), jdbc, "admin-doomed");
        doomed.put("/api/keys", Map.of("provider_key", "openai", "value", "sk-doomed"));
        try (AutoCloseable promoted = admin.promoted(jdbc)) {
            JsonNode list = admin.get("/api/admin/users").json().path("users");
            JsonNode row = null;
            for (JsonNode u : list) {
                if (u.path("id").asLong() == doomed.userId()) {
                    row = u;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.path("role").asString()).isEqualTo("user");
            assertThat(row.path("key_count").asLong()).isEqualTo(1);
            assertThat(row.path("last_login").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

            String targetRole = "/api/admin/users/" + target.userId() + "/role";
            assertThat(admin.put(targetRole, Map.of("role", "root")).status()).isEqualTo(400);
            assertThat(admin.put("/api/admin/users/" + admin.userId() + "/role", Map.of("role", "user")).detail())
                    .isEqualTo("Cannot change your own role");
            assertThat(admin.put("/api/admin/users/999999999/role", Map.of("role", "admin")).status()).isEqualTo(200);
            assertThat(admin.put(targetRole, Map.of("role", "admin")).status()).isEqualTo(200);
            try {
                assertThat(target.get("/api/admin/stats").status()).as("applies at once").isEqualTo(200);
            } finally {
                assertThat(admin.put(targetRole, Map.of("role", "user")).status()).isEqualTo(200);
            }
            assertThat(target.get("/api/admin/stats").status()).isEqualTo(403);

            assertThat(admin.delete("/api/admin/users/" + admin.userId(), Map.of()).detail())
                    .isEqualTo("Cannot delete yourself");
            assertThat(admin.delete("/api/admin/users/999999999", Map.of()).status()).isEqualTo(404);
            assertThat(admin.delete("/api/admin/users/" + doomed.userId(), Map.of()).status()).isEqualTo(200);
            assertThat(doomed.get("/api/config").status()).isEqualTo(401);
            long orphaned = jdbc.sql("SELECT count(*) FROM studio_audit_log WHERE user_id IS NULL AND action = "
                    + "'key_set' AND username = ?").param(doomed.email()).query(Long.class).single();
            assertThat(orphaned).as("the deleted user's audit entries stay").isEqualTo(1);
            assertThat(admin.get("/api/admin/audit?action=admin_user_delete").json().path("entries").get(0)
                    .path("resource_id").asString()).isEqualTo(Long.toString(doomed.userId()));

            JsonNode stats = admin.get("/api/admin/stats").json();
            assertThat(stats.path("total_users").asLong()).isPositive();
            assertThat(stats.has("benchmarks_24h") && stats.has("benchmarks_7d") && stats.has("benchmarks_30d"))
                    .as(stats.toString()).isTrue();
            assertThat(stats.path("keys_by_provider").isArray()).isTrue();
            JsonNode system = admin.get("/api/admin/system").json();
            assertThat(system.path("db_size_mb").asDouble()).isPositive();
            assertThat(system.path("process_uptime_s").asLong()).isNotNegative();
            assertThat(system.path("temporal").path("status").asString()).isEqualTo("connected");
        }
    }

    @Test
    void settingsExportHasNoSecretsAndImportReplacesProvidersPerKey() {
        StudioClient ada = StudioClient.register(http(), jdbc, "export-ada");
        StudioClient bob = StudioClient.register(http(), jdbc, "export-bob");
        ada.post("/api/config/provider", Map.of("provider_key", "local", "api_base", "http://127.0.0.1:9/v1",
                "api_key", "sk-inline-secret"));
        ada.post("/api/config/model", Map.of("provider_key", "local", "id", "m1"));
        ada.put("/api/config/model", Map.of("model_id", "m1", "custom_fields", Map.of("price", 2)));
        ada.put("/api/keys", Map.of("provider_key", "openai", "value", "sk-user-secret"));
        Response export = ada.get("/api/export/settings");
        assertThat(export.header("Content-Disposition")).matches(
                "attachment; filename=\"benchmark-settings-\\d{4}-\\d\\d-\\d\\d\\.json\"");
        assertThat(export.body()).doesNotContain("sk-inline-secret").doesNotContain("sk-user-secret");
        JsonNode doc = export.json();
        assertThat(doc.path("export_version").asInt()).isEqualTo(1);
        assertThat(doc.path("exported_at").asString()).endsWith("Z");
        assertThat(doc.path("providers").path("local").path("models").get(0).path("price").asInt()).isEqualTo(2);
        assertThat(doc.path("api_keys").toString()).isEqualTo("[{\"provider_key\":\"openai\",\"key_name\":"
                + "\"OPENAI_API_KEY\"}]");

        assertThat(bob.post("/api/import/settings", Map.of("providers", Map.of())).status()).isEqualTo(400);
        assertThat(bob.post("/api/import/settings", "[1, 2]").status()).isEqualTo(422);
        Response refused = bob.post("/api/import/settings", Map.of("export_version", 1, "providers",
                Map.of("openai", Map.of("display_name", "X"), "evil", Map.of("api_base", "http://169.254.169.254/"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(bob.get("/api/config").json().path("providers").has("OpenAI")).as("nothing changed").isTrue();

        Response imported = bob.post("/api/import/settings", doc.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("providers_imported").asInt()).isEqualTo(4);
        assertThat(imported.json().path("providers_updated").asInt()).isEqualTo(3);
        assertThat(imported.json().path("providers_added").asInt()).isEqualTo(1);
        JsonNode bobLocal = bob.get("/api/config").json().path("providers").path("local");
        assertThat(bobLocal.path("api_key").asString()).as("secrets do not travel").isEmpty();
        assertThat(bobLocal.path("models").get(0).path("price").asInt()).isEqualTo(2);
        assertThat(ada.get("/api/config").json().path("providers").path("local").path("api_key").asString())
                .isEqualTo("***");
    }

    @Test
    void robotsAndSitemapArePublicAndExact() {
        Response robots = http().get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        String base = "http://127.0.0.1:" + port;
        assertThat(robots.body()).isEqualTo("User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: " + base
                + "/sitemap.xml\n");
        Response sitemap = http().get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("Content-Type")).startsWith("application/xml");
        assertThat(sitemap.body()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                "<loc>" + base + "/</loc>", "<changefreq>weekly</changefreq>", "<priority>1.0</priority>");
    }
}
