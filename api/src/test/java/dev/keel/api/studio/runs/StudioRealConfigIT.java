package dev.keel.api.studio.runs;

import static dev.keel.api.studio.runs.StudioFixtures.data;
import static dev.keel.api.studio.runs.StudioFixtures.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark of a model configured through the studio's own endpoints (POST /api/config/provider and /model,
 * PUT /api/keys): the activity resolves it and decrypts the user's key through the real StudioTargets, and the
 * provider gets that key. Skipped where the configuration endpoints are not there (studio-config not merged).
 */
class StudioRealConfigIT extends KeelApiTest {
    @Test
    void benchmarksAModelConfiguredThroughTheEndpoints() throws Exception {
        StudioUser user = StudioFixtures.register(http(), "studio-real");
        HttpTestClient me = http().bearer(user.token());
        Assumptions.assumeTrue(me.get("/api/config").status() == 200, "SKIPPED: no /api/config (studio-config)");
        try (FakeStreamingProvider fake = new FakeStreamingProvider().script("m-real", Script.stream(50, 10, 6))) {
            HttpTestClient.Response provider = me.postJson("/api/config/provider", Map.of("provider_key", "local",
                    "display_name", "Local", "api_base", fake.baseUrl(), "model_id_prefix", "openai"));
            assertThat(provider.status()).as(provider.body()).isBetween(200, 201);
            HttpTestClient.Response model = me.postJson("/api/config/model", Map.of("provider_key", "local",
                    "id", "m-real", "display_name", "M Real", "context_window", 8000));
            assertThat(model.status()).as(model.body()).isBetween(200, 201);
            String modelId = model.json().path("model_id").asString();
            HttpTestClient.Response key = me.put("/api/keys", Map.of("provider_key", "local", "value", "sk-real-1"));
            assertThat(key.status()).as(key.body()).isBetween(200, 201);

            SseStream stream = StudioFixtures.post(http(), user.token(), Map.of("targets",
                    List.of(Map.of("provider_key", "local", "model_id", modelId)), "runs", 2, "warmup", false,
                    "context_tiers", List.of(0, 9000)));
            stream.awaitEnd(Duration.ofSeconds(90));
            List<JsonNode> events = data(stream);
            assertThat(events.get(events.size() - 1).path("type").asString()).as(events.toString())
                    .isEqualTo("complete");
            assertThat(ofType(events, "skipped")).hasSize(1);        // 9000 > 8000 - 512 - 100
            assertThat(ofType(events, "result")).hasSize(2).allSatisfy(r -> {
                assertThat(r.path("success").asBoolean()).as(r.toString()).isTrue();
                assertThat(r.path("model").asString()).isEqualTo("M Real");
                assertThat(r.path("output_tokens").asInt()).isEqualTo(6);
            });
            assertThat(fake.lastAuthorization()).isEqualTo("Bearer sk-real-1");
            assertThat(fake.requests("m-real")).isEqualTo(2);
        }
    }
}
