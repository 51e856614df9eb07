package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.integrations.llm.FakeLlmServer.Part;
import dev.keel.integrations.llm.FakeLlmServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AnthropicGatewayTest {
    static final FakeLlmServer FAKE = new FakeLlmServer();
    static final LlmGateway GATEWAY = new LlmGateway(Duration.ofSeconds(2));
    static final LlmEndpoint ANTHROPIC = LlmEndpoint.of(LlmProvider.ANTHROPIC, FAKE.baseUrl(), "ak-test");

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void messagesCallPutsTheSystemPromptApartAndReadsTextBlocks() {
        FAKE.reply(Reply.json("""
                {"id":"msg_1","type":"message","role":"assistant",
                 "content":[{"type":"text","text":"{\\"a\\":"},{"type":"text","text":"1}"}],
                 "usage":{"input_tokens":30,"output_tokens":5}}"""));

        LlmAnswer answer = GATEWAY.complete(ANTHROPIC, LlmRequest.json("claude-3-5-haiku-latest",
                List.of(LlmMessage.system("Be brief."), LlmMessage.user("hi"), LlmMessage.assistant("yes?"),
                        LlmMessage.user("go")), Duration.ofSeconds(5)));

        assertThat(answer.text()).isEqualTo("{\"a\":1}");
        assertThat(answer.usage()).isEqualTo(new LlmUsage(30, 5));
        FakeLlmServer.Seen seen = FAKE.last();
        assertThat(seen.path()).isEqualTo("/v1/messages");
        assertThat(seen.header("x-api-key")).isEqualTo("ak-test");
        assertThat(seen.header("anthropic-version")).isEqualTo(AnthropicProtocol.VERSION);
        assertThat(seen.body().path("system").asString()).startsWith("Be brief.")
                .endsWith(AnthropicProtocol.JSON_INSTRUCTION);
        assertThat(seen.body().path("max_tokens").asInt()).isEqualTo(AnthropicProtocol.DEFAULT_MAX_TOKENS);
        assertThat(seen.body().path("messages")).hasSize(3);
        assertThat(seen.body().path("messages").get(1).path("role").asString()).isEqualTo("assistant");
    }

    @Test
    void streamingEventsGiveTimedTextAndUsage() {
        FAKE.reply(Reply.sse(
                new Part(0, event("message_start", "{\"type\":\"message_start\",\"message\":{\"usage\":"
                        + "{\"input_tokens\":25,\"output_tokens\":1}}}")),
                new Part(0, event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                        + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")),
                new Part(120, event("ping", "{\"type\":\"ping\"}")),
                new Part(0, delta("Bon")),
                new Part(250, delta("jour")),
                new Part(0, event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")),
                new Part(0, event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                        + "\"end_turn\"},\"usage\":{\"output_tokens\":2}}")),
                new Part(0, event("message_stop", "{\"type\":\"message_stop\"}"))));

        LlmStream stream = GATEWAY.stream(ANTHROPIC, LlmRequest.text("claude-sonnet-4-0",
                List.of(LlmMessage.user("hi"))).withMaxTokens(64), null);

        assertThat(stream.text()).isEqualTo("Bonjour");
        assertThat(stream.usage()).isEqualTo(new LlmUsage(25, 2));
        assertThat(stream.firstToken()).isGreaterThanOrEqualTo(Duration.ofMillis(120));
        // The server waits 120 ms before the first delta and 250 ms more before the second: neither stamp can be
        // early. (A stamp can be late when the reading thread is descheduled, so the gap itself is not asserted.)
        assertThat(stream.chunks().get(1).sinceStart()).isGreaterThanOrEqualTo(Duration.ofMillis(370));
        assertThat(stream.chunks().get(1).sinceStart()).isGreaterThan(stream.chunks().get(0).sinceStart());
        assertThat(FAKE.last().body().path("stream").asBoolean()).isTrue();
        assertThat(FAKE.last().body().path("max_tokens").asInt()).isEqualTo(64);
    }

    @Test
    void anOverloadedErrorEventInTheStreamIsARateLimit() {
        FAKE.reply(Reply.sse(new Part(0, delta("x")), new Part(10, event("error",
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))));

        assertThatThrownBy(() -> GATEWAY.stream(ANTHROPIC, LlmRequest.text("c", List.of(LlmMessage.user("hi"))), null))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("Overloaded");
                });
    }

    @Test
    void aStreamCutBeforeMessageStopIsMalformed() {
        FAKE.reply(Reply.sse(new Part(0, delta("half")), new Part(10, "")));

        assertThatThrownBy(() -> GATEWAY.stream(ANTHROPIC, LlmRequest.text("c", List.of(LlmMessage.user("hi"))), null))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.MALFORMED));
    }

    @Test
    void noEmbeddingsAtAnthropic() {
        assertThatThrownBy(() -> GATEWAY.embed(ANTHROPIC, "x", List.of("a"), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_REQUEST));
    }

    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String delta(String text) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"text_delta\",\"text\":\"" + text + "\"}}");
    }

    @Test
    void extraBodyFieldsReachTheWireBody() {
        FAKE.reply(Reply.json("""
                {"content":[{"type":"text","text":"hi"}],"usage":{"input_tokens":3,"output_tokens":1}}"""));
        LlmRequest request = LlmRequest.text("claude-sonnet-4-5", List.of(LlmMessage.user("hi")))
                .withExtraBody(Map.of("top_k", 40, "metadata", Map.of("user_id", "u1")));

        GATEWAY.complete(ANTHROPIC, request);

        var body = FAKE.last().body();
        assertThat(body.path("top_k").asInt()).isEqualTo(40);
        assertThat(body.path("metadata").path("user_id").asString()).isEqualTo("u1");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(AnthropicProtocol.DEFAULT_MAX_TOKENS);
    }
}
