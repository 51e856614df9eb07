package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.FakeLlmServer.Part;
import dev.keel.integrations.llm.FakeLlmServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GeminiGatewayTest {
    static final FakeLlmServer FAKE = new FakeLlmServer();
    static final LlmGateway GATEWAY = new LlmGateway(Duration.ofSeconds(2));
    static final LlmEndpoint GEMINI = LlmEndpoint.of(LlmProvider.GEMINI, FAKE.baseUrl(), "gk-test");

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void generateContentMapsRolesAndParameters() {
        FAKE.reply(Reply.json("""
                {"candidates":[{"content":{"role":"model","parts":[{"text":"{\\"x\\":"},{"text":"2}"}]},
                  "finishReason":"STOP"}],
                 "usageMetadata":{"promptTokenCount":11,"candidatesTokenCount":6,"totalTokenCount":17}}"""));
        LlmRequest request = LlmRequest.json("gemini-2.0-flash", List.of(LlmMessage.system("Be exact."),
                LlmMessage.user("q"), LlmMessage.assistant("a"), LlmMessage.user("q2")), Duration.ofSeconds(5))
                .withMaxTokens(99);

        LlmAnswer answer = GATEWAY.complete(GEMINI, request);

        assertThat(answer.text()).isEqualTo("{\"x\":2}");
        assertThat(answer.usage()).isEqualTo(new LlmUsage(11, 6));
        FakeLlmServer.Seen seen = FAKE.last();
        assertThat(seen.path()).isEqualTo("/v1/models/gemini-2.0-flash:generateContent");
        assertThat(seen.header("x-goog-api-key")).isEqualTo("gk-test");
        assertThat(seen.body().path("systemInstruction").path("parts").get(0).path("text").asString())
                .isEqualTo("Be exact.");
        assertThat(seen.body().path("contents").get(1).path("role").asString()).isEqualTo("model");
        assertThat(seen.body().path("generationConfig").path("responseMimeType").asString())
                .isEqualTo("application/json");
        assertThat(seen.body().path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(99);
        assertThat(seen.body().path("generationConfig").path("temperature").asDouble()).isEqualTo(0.0);
    }

    @Test
    void streamGenerateContentIsTimedPerChunkAndEndsWithTheStream() {
        FAKE.reply(Reply.sse(
                new Part(100, chunk("One", null)),
                new Part(200, chunk(" two", null)),
                new Part(150, chunk(" three", "\"usageMetadata\":{\"promptTokenCount\":4,\"candidatesTokenCount\":3}"))));

        LlmStream stream = GATEWAY.stream(GEMINI, LlmRequest.text("gemini-2.0-flash", List.of(LlmMessage.user("count"))),
                null);

        assertThat(stream.text()).isEqualTo("One two three");
        assertThat(stream.usage()).isEqualTo(new LlmUsage(4, 3));
        assertThat(stream.firstToken()).isBetween(Duration.ofMillis(100), Duration.ofMillis(350));
        List<Duration> at = stream.chunks().stream().map(LlmChunk::sinceStart).toList();
        assertThat(at.get(1).minus(at.get(0))).isBetween(Duration.ofMillis(180), Duration.ofMillis(400));
        assertThat(at.get(2).minus(at.get(1))).isBetween(Duration.ofMillis(130), Duration.ofMillis(350));
        assertThat(FAKE.last().path()).isEqualTo("/v1/models/gemini-2.0-flash:streamGenerateContent");
        assertThat(FAKE.last().query()).isEqualTo("alt=sse");
    }

    @Test
    void batchEmbedContents() {
        FAKE.reply(Reply.json("{\"embeddings\":[{\"values\":[0.1,0.2]},{\"values\":[0.3,0.4]}]}"));

        List<float[]> vectors = GATEWAY.embed(GEMINI, "text-embedding-004", List.of("a", "b"), Duration.ofSeconds(5));

        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(1)).containsExactly(0.3f, 0.4f);
        assertThat(FAKE.last().path()).isEqualTo("/v1/models/text-embedding-004:batchEmbedContents");
        assertThat(FAKE.last().body().path("requests").get(0).path("model").asString())
                .isEqualTo("models/text-embedding-004");
    }

    static String chunk(String text, String extra) {
        return "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + text + "\"}]}}]"
                + (extra == null ? "" : "," + extra) + "}\r\n\r\n";
    }

    @Test
    void extraBodyFieldsGoIntoGenerationConfigCamelCased() {
        FAKE.reply(Reply.json("""
                {"candidates":[{"content":{"parts":[{"text":"hi"}]}}]}"""));
        LlmRequest request = LlmRequest.text("gemini-2.5-flash", List.of(LlmMessage.user("hi")))
                .withExtraBody(Map.of("top_k", 20, "presence_penalty", 0.3, "seed", 7));

        GATEWAY.complete(GEMINI, request);

        var config = FAKE.last().body().path("generationConfig");
        assertThat(config.path("topK").asInt()).isEqualTo(20);
        assertThat(config.path("presencePenalty").asDouble()).isEqualTo(0.3);
        assertThat(config.path("seed").asInt()).isEqualTo(7);
        assertThat(config.has("top_k")).isFalse();
    }
}
