package dev.keel.api.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /api/config, provider and model CRUD, prompt templates, the SSRF guard on api_base, StudioTargets. */
class StudioConfigIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudioTargets targets;

    @Test
    void firstAccessSeedsTheOriginalsDefaults() {
        StudioClient ada = StudioClient.register(http(), jdbc, "studio-seed");
        JsonNode config = ada.get("/api/config").json();
        assertThat(config.path("defaults").path("max_tokens").asInt()).isEqualTo(512);
        assertThat(config.path("defaults").path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(config.path("defaults").path("context_tiers").toString()).isEqualTo("[0]");
        assertThat(config.path("defaults").path("prompt").asString()).startsWith("Explain the concept of recursion");
        assertThat(config.path("providers").propertyNames()).containsExactly("OpenAI", "Anthropic", "Google Gemini");
        JsonNode anthropic = config.path("providers").path("Anthropic");
        assertThat(anthropic.path("provider_key").asString()).isEqualTo("anthropic");
        assertThat(anthropic.path("api_key_env").asString()).isEqualTo("ANTHROPIC_API_KEY");
        assertThat(anthropic.path("model_id_prefix").asString()).isEqualTo("anthropic");
        assertThat(anthropic.path("api_key").asString()).isEmpty();
        JsonNode sonnet = anthropic.path("models").get(0);
        assertThat(sonnet.path("model_id").asString()).isEqualTo("anthropic/claude-sonnet-4-5");
        assertThat(sonnet.path("context_window").asInt()).isEqualTo(200000);
        assertThat(sonnet.path("skip_params").toString()).isEqualTo("[\"temperature\"]");
        assertThat(config.path("providers").path("OpenAI").path("models").size()).isEqualTo(2);
        assertThat(config.path("providers").path("Google Gemini").path("models").get(0).path("context_window")
                .asInt()).isEqualTo(1000000);
        assertThat(config.path("prompt_templates").propertyNames())
                .containsExactly("recursion", "code_generation", "creative", "qa");
        assertThat(ada.get("/api/config").json()).as("seeded once").isEqualTo(config);
        List<StudioTarget> all = targets.all(ada.userId());
        assertThat(all).extracting(StudioTarget::modelId).containsExactly("gpt-4o", "gpt-4o-mini",
                "anthropic/claude-sonnet-4-5", "gemini/gemini-2.5-flash");
        assertThat(all).extracting(StudioTarget::providerKind)
                .containsExactly("openai", "openai", "anthropic", "google_gemini");
    }

    @Test
    void providerAndModelCrudFollowTheOriginalsRules() {
        StudioClient ada = StudioClient.register(http(), jdbc, "studio-crud");
        assertThat(ada.post("/api/config/provider", Map.of("display_name", "x")).status()).isEqualTo(400);
        Response created = ada.post("/api/config/provider", Map.of("provider_key", "local", "api_base",
                "http://127.0.0.1:9/v1/", "model_id_prefix", "openai", "api_key", "sk-inline-123",
                "ignored_extra_field", true));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("provider_key").asString()).isEqualTo("local");
        assertThat(ada.post("/api/config/provider", Map.of("provider_key", "local")).detail())
                .isEqualTo("Provider 'local' already exists");
        JsonNode local = ada.get("/api/config").json().path("providers").path("local");
        assertThat(local.path("display_name").asString()).as("display name defaults to the key").isEqualTo("local");
        assertThat(local.path("api_base").asString()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(local.path("api_key").asString()).isEqualTo("***");

        Response model = ada.post("/api/config/model", Map.of("provider_key", "local", "id", "qwen/qwen3-8b"));
        assertThat(model.json().path("model_id").asString()).isEqualTo("openai/qwen/qwen3-8b");
        assertThat(ada.post("/api/config/model", Map.of("provider_key", "local", "id", "openai/qwen/qwen3-8b"))
                .detail()).contains("already exists");
        assertThat(ada.post("/api/config/model", Map.of("provider_key", "nope", "id", "m")).status()).isEqualTo(400);
        assertThat(ada.post("/api/config/model", Map.of("provider_key", "local")).status()).isEqualTo(400);
        JsonNode m = ada.get("/api/config").json().path("providers").path("local").path("models").get(0);
        assertThat(m.path("display_name").asString()).isEqualTo("qwen3-8b");
        assertThat(m.path("context_window").asInt()).isEqualTo(128000);
        assertThat(m.path("max_output_tokens").isNull()).isTrue();

        Map<String, Object> update = new HashMap<>();
        update.put("model_id", "openai/qwen/qwen3-8b");
        update.put("display_name", "Qwen 3");
        update.put("max_output_tokens", 4096);
        update.put("skip_params", List.of("temperature", "top_p"));
        update.put("custom_fields", Map.of("price_in", 0.1, "tier", "small"));
        assertThat(ada.put("/api/config/model", update).status()).isEqualTo(200);
        Map<String, Object> second = new HashMap<>();
        second.put("model_id", "openai/qwen/qwen3-8b");
        second.put("provider_key", "local");
        second.put("display_name", "");
        second.put("max_output_tokens", null);
        second.put("skip_params", List.of());
        Map<String, Object> custom = new HashMap<>();
        custom.put("tier", null);
        custom.put("family", "qwen");
        second.put("custom_fields", custom);
        assertThat(ada.put("/api/config/model", second).status()).isEqualTo(200);
        m = ada.get("/api/config").json().path("providers").path("local").path("models").get(0);
        assertThat(m.path("display_name").asString()).as("\"\" re-derives the name").isEqualTo("qwen3-8b");
        assertThat(m.path("max_output_tokens").isNull()).isTrue();
        assertThat(m.path("skip_params").size()).isZero();
        assertThat(m.path("price_in").asDouble()).isEqualTo(0.1);
        assertThat(m.path("family").asString()).isEqualTo("qwen");
        assertThat(m.has("tier")).as("null deletes the custom field").isFalse();
        assertThat(ada.put("/api/config/model", Map.of("model_id", "ghost")).detail()).isEqualTo("Model ghost not found");

        assertThat(ada.put("/api/config/provider", Map.of("provider_key", "local", "display_name", "Local vLLM",
                "api_key", "")).status()).isEqualTo(200);
        local = ada.get("/api/config").json().path("providers").path("Local vLLM");
        assertThat(local.path("api_key").asString()).as("empty string clears the inline key").isEmpty();
        assertThat(local.path("model_id_prefix").asString()).as("fields not sent are kept").isEqualTo("openai");
        assertThat(ada.put("/api/config/provider", Map.of("provider_key", "ghost")).status()).isEqualTo(404);

        assertThat(ada.delete("/api/config/model", Map.of("provider_key", "local", "model_id", "x")).status())
                .isEqualTo(404);
        assertThat(ada.delete("/api/config/model", Map.of("provider_key", "local")).status()).isEqualTo(400);
        assertThat(ada.delete("/api/config/model", Map.of("provider_key", "local", "model_id",
                "openai/qwen/qwen3-8b")).status()).isEqualTo(200);
        assertThat(ada.delete("/api/config/provider", Map.of()).status()).isEqualTo(400);
        assertThat(ada.delete("/api/config/provider", Map.of("provider_key", "local")).status()).isEqualTo(200);
        assertThat(ada.delete("/api/config/provider", Map.of("provider_key", "local")).status()).isEqualTo(404);
    }

    @Test
    void apiBaseRefusesMetadataLinkLocalAndOtherSchemes() {
        StudioClient ada = StudioClient.register(http(), jdbc, "studio-ssrf");
        for (String base : List.of("http://169.254.169.254/latest", "http://metadata.google.internal/v1",
                "http://[fe80::1]/v1", "http://0.0.0.0:8080", "ftp://example.com/v1", "file:///etc/passwd",
                "http://user:pw@127.0.0.1/v1", "not a url")) {
            Response refused = ada.post("/api/config/provider", Map.of("provider_key", "p", "api_base", base));
            assertThat(refused.status()).as(base).isEqualTo(400);
            assertThat(refused.detail()).as(base).startsWith("api_base refused");
        }
        ada.post("/api/config/provider", Map.of("provider_key", "p"));
        assertThat(ada.put("/api/config/provider", Map.of("provider_key", "p", "api_base",
                "http://169.254.169.254/")).status()).isEqualTo(400);
        assertThat(ada.get("/api/config").json().path("providers").path("p").path("api_base").asString()).isEmpty();
    }

    @Test
    void promptTemplatesOverwriteAndValidate() {
        StudioClient ada = StudioClient.register(http(), jdbc, "studio-prompts");
        assertThat(ada.post("/api/config/prompts", Map.of("key", "1bad", "prompt", "x")).status()).isEqualTo(400);
        assertThat(ada.post("/api/config/prompts", Map.of("key", "sum")).status()).isEqualTo(400);
        assertThat(ada.post("/api/config/prompts", Map.of("key", "sum", "prompt", "Summarize.")).json()
                .path("key").asString()).isEqualTo("sum");
        JsonNode sum = ada.get("/api/config/prompts").json().path("sum");
        assertThat(sum.path("label").asString()).isEqualTo("sum");
        assertThat(sum.path("category").asString()).isEqualTo("general");
        ada.post("/api/config/prompts", Map.of("key", "sum", "prompt", "Summarize briefly.", "label", "S"));
        assertThat(ada.get("/api/config/prompts").json().path("sum").path("prompt").asString())
                .isEqualTo("Summarize briefly.");
        assertThat(ada.get("/api/config/prompts").json().has("recursion")).isTrue();
    }

    @Test
    void oneUserNeverSeesOrChangesAnothersConfig() {
        StudioClient ada = StudioClient.register(http(), jdbc, "studio-ada");
        StudioClient bob = StudioClient.register(http(), jdbc, "studio-bob");
        ada.post("/api/config/provider", Map.of("provider_key", "ada_only", "display_name", "Ada Only"));
        ada.post("/api/config/model", Map.of("provider_key", "ada_only", "id", "m1"));
        ada.post("/api/config/prompts", Map.of("key", "ada_prompt", "prompt", "secret prompt"));
        assertThat(bob.get("/api/config").json().path("providers").has("Ada Only")).isFalse();
        assertThat(bob.get("/api/config/prompts").json().has("ada_prompt")).isFalse();
        assertThat(bob.put("/api/config/provider", Map.of("provider_key", "ada_only", "display_name", "x"))
                .status()).isEqualTo(404);
        assertThat(bob.delete("/api/config/provider", Map.of("provider_key", "ada_only")).status()).isEqualTo(404);
        assertThat(bob.put("/api/config/model", Map.of("model_id", "m1")).status()).isEqualTo(404);
        assertThat(bob.delete("/api/config/model", Map.of("provider_key", "ada_only", "model_id", "m1")).status())
                .isEqualTo(404);
        assertThat(bob.post("/api/config/model", Map.of("provider_key", "ada_only", "id", "m2")).status())
                .isEqualTo(400);
        assertThat(ada.get("/api/config").json().path("providers").path("Ada Only").path("models").size())
                .isEqualTo(1);
        assertThat(targets.find(bob.userId(), "ada_only", "m1")).isEmpty();
        assertThat(targets.find(ada.userId(), "ada_only", "m1")).isPresent();
        assertThat(http().get("/api/config").status()).isEqualTo(401);
    }
}
