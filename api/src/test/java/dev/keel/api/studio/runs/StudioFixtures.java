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
