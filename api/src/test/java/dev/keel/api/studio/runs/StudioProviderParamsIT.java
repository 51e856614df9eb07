package dev.keel.api.studio.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark's provider_params reach the provider's wire body shaped by the provider-params registry: clamped to
 * the provider's range, tier-2 fields forwarded, passthrough fields merged as they are.
 */
class StudioProviderParamsIT extends KeelApiTest {
    private static FakeStreamingProvider provider;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeStreamingProvider().script("m-params", Script.stream(5, 1, 3));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void providerParamsAreClampedForwardedAndPassedThroughToTheProvider() throws Exception {
        StudioUser user = StudioFixtures.register(http(), "params");
        StudioFixtures.configure(http(), user,
                StudioFixtures.openAiCompatible("pp", provider.baseUrl(), "m-params", 128000), "sk-pp");

        SseStream stream = StudioFixtures.post(http(), user.token(), Map.of("models", List.of("m-params"),
                "runs", 1, "max_tokens", 32, "temperature", 0.5, "prompt", "hello",
                "provider_params", Map.of("temperature", 3.5, "top_p", 1.7, "top_k", 40,
                        "passthrough", Map.of("seed", 7, "user", "bench"))));
        assertThat(stream.response().statusCode()).isEqualTo(200);
        stream.awaitEnd(Duration.ofSeconds(120));
        List<JsonNode> results = StudioFixtures.ofType(StudioFixtures.data(stream), "result");
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.path("success").asBoolean()).isTrue());

        JsonNode body = StudioFixtures.JSON.readTree(provider.lastBody("m-params"));
        assertThat(body.path("temperature").asDouble()).isEqualTo(2.0);   // unknown provider: [0, 2]
        assertThat(body.path("top_p").asDouble()).isEqualTo(1.0);         // clamped to [0, 1]
        assertThat(body.path("top_k").asInt()).isEqualTo(40);             // support unknown: forwarded
        assertThat(body.path("seed").asInt()).isEqualTo(7);               // passthrough
        assertThat(body.path("user").asString()).isEqualTo("bench");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(32);
        assertThat(body.has("passthrough")).isFalse();
        assertThat(body.path("stream").asBoolean()).isTrue();
    }
}
