package dev.keel.api.studio.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.SseStream;
import dev.keel.domain.studio.StudioTarget;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users with studio configs pointing at fake providers, and benchmark streams. */
public final class StudioFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private StudioFixtures() {
    }

    public record StudioUser(long id, long orgId, String email, String token) {
    }

    public static StudioUser register(HttpTestClient http, String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpTestClient.Response response = http.postJson("/api/auth/register",
                Map.of("email", email, "password", "password-123"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode json = response.json();
        return new StudioUser(json.path("id").asLong(), json.path("org_id").asLong(), email,
                json.path("access_token").asString());
    }

    public static StudioTarget openAiCompatible(String providerKey, String baseUrl, String modelId, int window) {
        return new StudioTarget(providerKey, "openai_compatible", baseUrl, modelId, modelId.toUpperCase(), window,
                null, List.of(), Map.of("input_cost_per_mtok", 1.0, "output_cost_per_mtok", 2.0));
    }

    /**
     * Configures the target for the user through the studio's own endpoints, as a user would: the provider (once per
     * provider key), the model with its window, display name and prices, and the user's key for the provider.
     */
    public static void configure(HttpTestClient http, StudioUser user, StudioTarget target, String apiKey) {
        HttpTestClient me = http.bearer(user.token());
        HttpTestClient.Response provider = me.postJson("/api/config/provider", Map.of("provider_key",
                target.providerKey(), "display_name", target.providerKey().toUpperCase(), "api_base", target.apiBase()));
        boolean exists = provider.status() == 400 && provider.body().contains("already exists");
        assertThat(exists || provider.status() / 100 == 2).as(provider.body()).isTrue();
        HttpTestClient.Response model = me.postJson("/api/config/model", Map.of("provider_key", target.providerKey(),
                "id", target.modelId(), "display_name", target.displayName(), "context_window",
                target.contextWindow()));
        assertThat(model.status()).as(model.body()).isBetween(200, 201);
        assertThat(model.json().path("model_id").asString()).isEqualTo(target.modelId());
        HttpTestClient.Response prices = me.put("/api/config/model", Map.of("provider_key", target.providerKey(),
                "model_id", target.modelId(), "custom_fields", target.customFields()));
        assertThat(prices.status()).as(prices.body()).isBetween(200, 201);
        if (apiKey != null) {
            HttpTestClient.Response key = me.put("/api/keys", Map.of("provider_key", target.providerKey(),
                    "value", apiKey));
            assertThat(key.status()).as(key.body()).isBetween(200, 201);
        }
    }

    static SseStream post(HttpTestClient http, String token, Object body) {
        return SseStream.send(http.builder("/api/benchmark").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(180))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    static SseStream reopen(HttpTestClient http, String token, String runId, String lastEventId) {
        HttpRequest.Builder request = http.builder("/api/benchmark/" + runId + "/events")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return SseStream.open(request);
    }

    static List<JsonNode> data(SseStream stream) {
        return stream.events().stream().map(e -> JSON.readTree(e.data())).toList();
    }

    static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asString())).toList();
    }
}
