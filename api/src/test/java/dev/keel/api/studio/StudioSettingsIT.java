package dev.keel.api.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Provider params, provider health, phase-10 settings and onboarding, per user. */
class StudioSettingsIT extends KeelApiTest {
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
    void providerParamsRegistryAndValidation() {
        StudioClient ada = StudioClient.register(http(), jdbc, "params");
        JsonNode registry = ada.get("/api/provider-params/registry").json().path("providers");
        assertThat(registry.path("anthropic").path("tier1").path("temperature").path("max").asDouble()).isEqualTo(1.0);
        assertThat(registry.path("mistral").path("tier1").path("temperature").path("max").asDouble()).isEqualTo(1.5);
        assertThat(registry.path("openai").path("tier2").path("top_k").path("supported").asBoolean()).isFalse();
        Response v = ada.post("/api/provider-params/validate", Map.of("model_id", "anthropic/claude-sonnet-4-5",
                "params", Map.of("temperature", 1.4, "top_p", 0.9)));
        assertThat(v.status()).as(v.body()).isEqualTo(200);
        assertThat(v.json().path("valid").asBoolean()).isFalse();
        assertThat(v.json().path("resolved_params").toString()).isEqualTo("{\"temperature\":1.0}");
        assertThat(v.json().path("adjustments").get(1).path("param").asString()).isEqualTo("top_p");
        assertThat(v.json().path("adjustments").get(1).path("adjusted").isNull()).isTrue();
        assertThat(v.json().path("warnings").get(0).asString()).contains("max_tokens is required");
        assertThat(ada.post("/api/provider-params/validate", Map.of("params", Map.of())).status()).isEqualTo(400);
        assertThat(ada.post("/api/provider-params/validate", Map.of("model_id", "gpt-4o", "params", List.of(1)))
                .status()).isEqualTo(400);
        assertThat(ada.post("/api/provider-params/validate", Map.of("model_id", "gpt-4o", "params",
                Map.of("temperature", "hot"))).status()).isEqualTo(400);
        assertThat(ada.post("/api/provider-params/validate", Map.of("model_id", "gpt-4o", "provider_key", "openai",
                "params", Map.of("temperature", 0.5))).json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void phase10SettingsMergeOverDefaultsPerUser() {
        StudioClient ada = StudioClient.register(http(), jdbc, "phase10-ada");
        StudioClient bob = StudioClient.register(http(), jdbc, "phase10-bob");
        JsonNode defaults = ada.get("/api/settings/phase10").json();
        assertThat(defaults.path("judge").toString()).isEqualTo("{\"enabled\":false,\"model_id\":\"\",\"mode\":"
                + "\"post_eval\",\"temperature\":0.0,\"max_tokens\":4096,\"custom_instructions\":\"\"}");
        assertThat(defaults.path("param_tuner").path("max_combinations").asInt()).isEqualTo(50);
        assertThat(defaults.path("prompt_tuner").path("mode").asString()).isEqualTo("quick");
        Response put = ada.put("/api/settings/phase10", Map.of("judge", Map.of("enabled", true, "model_id", "gpt-4o"),
                "prompt_tuner", Map.of("generations", 7)));
        assertThat(put.json().path("ok").asBoolean()).isTrue();
        JsonNode after = ada.get("/api/settings/phase10").json();
        assertThat(after.path("judge").path("enabled").asBoolean()).isTrue();
        assertThat(after.path("judge").path("max_tokens").asInt()).isEqualTo(4096);
        assertThat(after.path("prompt_tuner").path("generations").asInt()).isEqualTo(7);
        assertThat(after.path("prompt_tuner").path("population_size").asInt()).isEqualTo(5);
        assertThat(bob.get("/api/settings/phase10").json()).isEqualTo(defaults);
        List<Map<String, Object>> presets = Collections.nCopies(21, Map.of("name", "p", "search_space", Map.of()));
        assertThat(ada.put("/api/settings/phase10", Map.of("param_tuner", Map.of("presets", presets))).status())
                .isEqualTo(400);
        assertThat(ada.get("/api/settings/phase10").json().path("param_tuner").has("presets")).isFalse();
    }

    @Test
    void onboardingIsPerUser() {
        StudioClient ada = StudioClient.register(http(), jdbc, "onboard-ada");
        StudioClient bob = StudioClient.register(http(), jdbc, "onboard-bob");
        assertThat(ada.get("/api/onboarding/status").json().path("completed").asBoolean()).isFalse();
        assertThat(ada.post("/api/onboarding/complete", Map.of()).json().path("status").asString()).isEqualTo("ok");
        assertThat(ada.get("/api/onboarding/status").json().path("completed").asBoolean()).isTrue();
        assertThat(bob.get("/api/onboarding/status").json().path("completed").asBoolean()).isFalse();
    }

    @Test
    void providerHealthSendsOnePromptPerProvider() {
        StudioClient ada = StudioClient.register(http(), jdbc, "health");
        for (String key : List.of("openai", "anthropic", "google_gemini")) {
            ada.delete("/api/config/provider", Map.of("provider_key", key));
        }
        ada.post("/api/config/provider", Map.of("provider_key", "good", "display_name", "Good",
                "api_base", fake.base("openai") + "/v1", "model_id_prefix", "openai", "api_key", "sk-openai"));
        ada.post("/api/config/model", Map.of("provider_key", "good", "id", "gpt-4o-mini"));
        ada.post("/api/config/provider", Map.of("provider_key", "bad", "display_name", "Bad",
                "api_base", fake.base("openai") + "/v1"));
        ada.post("/api/config/model", Map.of("provider_key", "bad", "id", "gpt-4o-mini"));
        ada.post("/api/config/provider", Map.of("provider_key", "empty", "display_name", "Empty"));
        JsonNode health = ada.get("/api/health/providers").json().path("providers");
        assertThat(health.size()).isEqualTo(3);
        assertThat(health.get(0).path("name").asString()).isEqualTo("Good");
        assertThat(health.get(0).path("status").asString()).as(health.toString()).isEqualTo("ok");
        assertThat(health.get(0).path("latency_ms").asLong()).isNotNegative();
        assertThat(health.get(1).path("status").asString()).isEqualTo("error");
        assertThat(health.get(1).path("error").asString()).contains("401");
        assertThat(health.get(2).path("error").asString()).isEqualTo("No models configured");
        assertThat(fake.requests).anyMatch(r -> r.startsWith("/openai/v1/chat/completions"));
    }
}
