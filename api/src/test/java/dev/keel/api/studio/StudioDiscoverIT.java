package dev.keel.api.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /api/models/discover against local servers speaking OpenAI's, Anthropic's and Gemini's model lists. */
class StudioDiscoverIT extends KeelApiTest {
    private static FakeModelLists fake;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeModelLists();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void listsEachProvidersModelsInItsOwnFormatWithTheCallersKey() {
        StudioClient ada = StudioClient.register(http(), jdbc, "discover");
        ada.post("/api/config/provider", Map.of("provider_key", "compat", "api_base", fake.base("openai") + "/v1",
                "model_id_prefix", "openai"));
        ada.put("/api/keys", Map.of("provider_key", "compat", "value", "sk-openai"));
        JsonNode compat = ada.get("/api/models/discover?provider_key=compat").json();
        assertThat(compat.path("models").toString()).isEqualTo("[{\"id\":\"openai/gpt-4.1\",\"display_name\":"
                + "\"gpt-4.1\"},{\"id\":\"openai/gpt-4o-mini\",\"display_name\":\"gpt-4o-mini\"}]");

        ada.put("/api/config/provider", Map.of("provider_key", "anthropic", "api_base", fake.base("anthropic") + "/v1"));
        ada.put("/api/keys", Map.of("provider_key", "anthropic", "value", "sk-ant"));
        JsonNode claude = ada.get("/api/models/discover?provider_key=anthropic").json().path("models");
        assertThat(claude.get(0).path("id").asString()).isEqualTo("anthropic/claude-haiku-4-5");
        assertThat(claude.get(1).path("display_name").asString()).isEqualTo("Claude Sonnet 4.5");

        ada.put("/api/config/provider", Map.of("provider_key", "google_gemini", "api_base",
                fake.base("gemini") + "/v1beta", "api_key", "gm-key"));
        JsonNode gemini = ada.get("/api/models/discover?provider_key=google_gemini").json().path("models");
        assertThat(gemini.get(0).path("id").asString()).isEqualTo("gemini/gemini-2.5-flash");
        assertThat(gemini.get(1).path("display_name").asString()).isEqualTo("Gemini 2.5 Pro");
    }

    @Test
    void providerFailuresAre502WithTheDetail() {
        StudioClient ada = StudioClient.register(http(), jdbc, "discover-fail");
        ada.post("/api/config/provider", Map.of("provider_key", "nokey", "api_base", fake.base("openai") + "/v1"));
        Response refused = ada.get("/api/models/discover?provider_key=nokey");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.detail()).startsWith("Provider API returned 401").contains("invalid api key");

        ada.post("/api/config/provider", Map.of("provider_key", "broken", "api_base", fake.base("broken") + "/v1"));
        Response broken = ada.get("/api/models/discover?provider_key=broken");
        assertThat(broken.status()).isEqualTo(502);
        assertThat(broken.detail()).startsWith("Provider API returned 500").contains("upstream exploded");

        ada.post("/api/config/provider", Map.of("provider_key", "down", "api_base", "http://127.0.0.1:1/v1"));
        Response down = ada.get("/api/models/discover?provider_key=down");
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.detail()).startsWith("Failed to fetch models");

        assertThat(ada.get("/api/models/discover?provider_key=ghost").status()).isEqualTo(404);
        assertThat(ada.get("/api/models/discover").status()).isEqualTo(400);
        StudioClient bob = StudioClient.register(http(), jdbc, "discover-bob");
        assertThat(bob.get("/api/models/discover?provider_key=nokey").status()).as("ada's provider").isEqualTo(404);
    }
}
