package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.FakeLlmServer.Part;
import dev.keel.integrations.llm.FakeLlmServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OpenAiGatewayTest {
    static final FakeLlmServer FAKE = new FakeLlmServer();
    static final LlmGateway GATEWAY = new LlmGateway(Duration.ofSeconds(2));
    static final LlmEndpoint OPENAI = LlmEndpoint.of(LlmProvider.OPENAI, FAKE.baseUrl(), "sk-test");

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void jsonCompletionSendsTheParametersAndReadsTextAndUsage() {
        FAKE.reply(Reply.json("""
                {"choices":[{"message":{"role":"assistant","content":"{\\"ok\\":true}"}}],
                 "usage":{"prompt_tokens":21,"completion_tokens":4}}"""));
        LlmRequest request = LlmRequest.json("gpt-4o-mini", List.of(LlmMessage.system("Answer JSON"),
                LlmMessage.user("hi")), Duration.ofSeconds(5)).withMaxTokens(50);

        LlmAnswer answer = GATEWAY.complete(OPENAI, request);

        assertThat(answer.text()).isEqualTo("{\"ok\":true}");
        assertThat(answer.usage()).isEqualTo(new LlmUsage(21, 4));
        FakeLlmServer.Seen seen = FAKE.last();
        assertThat(seen.path()).isEqualTo("/v1/chat/completions");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(seen.body().path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(seen.body().path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(seen.body().path("max_completion_tokens").asInt()).isEqualTo(50);
        assertThat(seen.body().path("response_format").path("type").asString()).isEqualTo("json_object");
        assertThat(seen.body().path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(seen.body().has("stream")).isFalse();
    }

    @Test
    void compatibleServersGetMaxTokens() {
        FAKE.reply(Reply.json("{\"choices\":[{\"message\":{\"content\":\"hello\"}}]}"));
        LlmEndpoint local = LlmEndpoint.of(LlmProvider.OPENAI_COMPATIBLE, FAKE.baseUrl(), null);

        LlmAnswer answer = GATEWAY.complete(local, LlmRequest.text("llama3", List.of(LlmMessage.user("hi")))
                .withMaxTokens(7).withTemperature(0.7));

        assertThat(answer.text()).isEqualTo("hello");
        assertThat(answer.usage()).isEqualTo(LlmUsage.UNKNOWN);
        assertThat(FAKE.last().body().path("max_tokens").asInt()).isEqualTo(7);
        assertThat(FAKE.last().body().path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(FAKE.last().header("Authorization")).isNull();
    }

    @Test
    void streamStampsEveryChunkWhenItArrivesAndReadsTheUsageChunk() {
        FAKE.reply(Reply.sse(
                new Part(150, chunk("Hel")),
                new Part(200, chunk("lo")),
                new Part(200, chunk(" world")),
                new Part(0, "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3}}\n\n"),
                new Part(0, "data: [DONE]\n\n")));
        List<Long> seenLive = new ArrayList<>();
        long before = System.nanoTime();

        LlmStream stream = GATEWAY.stream(OPENAI, LlmRequest.text("gpt-4o", List.of(LlmMessage.user("hi"))),
                chunk -> seenLive.add(System.nanoTime() - before));

        assertThat(stream.text()).isEqualTo("Hello world");
        assertThat(stream.chunks()).extracting(LlmChunk::text).containsExactly("Hel", "lo", " world");
        assertThat(stream.usage()).isEqualTo(new LlmUsage(9, 3));
        assertThat(stream.firstToken()).isBetween(Duration.ofMillis(150), Duration.ofMillis(400));
        List<Duration> at = stream.chunks().stream().map(LlmChunk::sinceStart).toList();
        assertThat(at.get(1).minus(at.get(0))).isBetween(Duration.ofMillis(180), Duration.ofMillis(400));
        assertThat(at.get(2).minus(at.get(1))).isBetween(Duration.ofMillis(180), Duration.ofMillis(400));
        assertThat(stream.total()).isGreaterThanOrEqualTo(at.get(2));
        // the callback ran as each chunk came, not at the end
        assertThat(seenLive.get(1) - seenLive.get(0)).isGreaterThan(Duration.ofMillis(180).toNanos());
        assertThat(stream.chunks().get(1).at()).isEqualTo(stream.startedAt().plus(at.get(1)));
        assertThat(FAKE.last().body().path("stream").asBoolean()).isTrue();
        assertThat(FAKE.last().body().path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void embeddingsComeBackInInputOrder() {
        FAKE.reply(Reply.json("""
                {"data":[{"index":1,"embedding":[0.5,0.25]},{"index":0,"embedding":[1.0,2.0]}]}"""));

        List<float[]> vectors = GATEWAY.embed(OPENAI, "text-embedding-3-small", List.of("a", "b"),
                Duration.ofSeconds(5));

        assertThat(vectors.get(0)).containsExactly(1.0f, 2.0f);
        assertThat(vectors.get(1)).containsExactly(0.5f, 0.25f);
        assertThat(FAKE.last().path()).isEqualTo("/v1/embeddings");
        assertThat(FAKE.last().body().path("input").size()).isEqualTo(2);
    }

    @Test
    void callsShareOneConnection() {
        FAKE.reply(Reply.json("{\"choices\":[{\"message\":{\"content\":\"x\"}}]}"));
        int before = FAKE.seen().size();
        for (int i = 0; i < 20; i++) {
            GATEWAY.complete(OPENAI, LlmRequest.text("m", List.of(LlmMessage.user("hi"))));
        }
        long ports = FAKE.seen().subList(before, FAKE.seen().size()).stream()
                .mapToInt(FakeLlmServer.Seen::clientPort).distinct().count();
        assertThat(ports).isEqualTo(1);
    }

    static String chunk(String text) {
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"}}]}\n\n";
    }

    @Test
    void extraBodyFieldsReachTheWireBody() {
        FAKE.reply(Reply.json("{\"choices\":[{\"message\":{\"content\":\"hi\"}}]}"));
        LlmRequest request = LlmRequest.text("gpt-4o", List.of(LlmMessage.user("hi"))).withTemperature(0.2)
                .withExtraBody(Map.of("frequency_penalty", 0.5, "seed", 7, "model", "ignored",
                        "logit_bias", Map.of("50256", -100)));

        GATEWAY.complete(OPENAI, request);

        var body = FAKE.last().body();
        assertThat(body.path("frequency_penalty").asDouble()).isEqualTo(0.5);
        assertThat(body.path("seed").asInt()).isEqualTo(7);
        assertThat(body.path("logit_bias").path("50256").asInt()).isEqualTo(-100);
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    }
}
