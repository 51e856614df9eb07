package dev.keel.integrations.llm;

import dev.keel.integrations.llm.FakeLlmServer.Part;
import dev.keel.integrations.llm.FakeLlmServer.Reply;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind docs/llm-gateway.md (not part of the suite): per-call cost of the gateway and of
 * langchain4j's OpenAI client against the same local fake, and how early each sees a streamed chunk.
 * Run: ./mvnw -pl integrations -am test -Dtest=GatewayOverheadMeasurement -Dkeel.measure=true
 */
@EnabledIfSystemProperty(named = "keel.measure", matches = "true")
class GatewayOverheadMeasurement {
    static final int CALLS = 500;
    static final String ANSWER = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"ok\\\":true}\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}";

    @Test
    void measure() throws Exception {
        try (FakeLlmServer fake = new FakeLlmServer()) {
            fake.reply(Reply.json(ANSWER));
            LlmGateway gateway = new LlmGateway(Duration.ofSeconds(5));
            LlmEndpoint endpoint = LlmEndpoint.of(LlmProvider.OPENAI_COMPATIBLE, fake.baseUrl(), "k");
            LlmRequest request = LlmRequest.json("m", List.of(LlmMessage.user("hi")), Duration.ofSeconds(5));
            OpenAiChatModel shared = model(fake);

            for (int round = 0; round < 6; round++) { // round 0 warms the JIT; arms interleaved against load noise
                report(round, "gateway (shared pool)", fake, CALLS, () -> gateway.complete(endpoint, request).text());
                report(round, "langchain4j, model built once", fake, CALLS,
                        () -> shared.chat(UserMessage.from("hi")).aiMessage().text());
                report(round, "langchain4j, model per call (old LlmJsonClient)", fake, CALLS / 5,
                        () -> model(fake).chat(UserMessage.from("hi")).aiMessage().text());
            }
            streamTiming(fake, gateway);
        }
    }

    private static OpenAiChatModel model(FakeLlmServer fake) {
        return OpenAiChatModel.builder().baseUrl(fake.baseUrl()).apiKey("k").modelName("m").temperature(0.0)
                .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
    }

    private static void report(int round, String name, FakeLlmServer fake, int calls, Supplier<String> call) {
        int before = fake.seen().size();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        long micros = (System.nanoTime() - start) / 1_000 / calls;
        long connections = fake.seen().subList(before, fake.seen().size()).stream()
                .mapToInt(FakeLlmServer.Seen::clientPort).distinct().count();
        System.out.printf("round %d  %-50s %6d us/call  %5d connections for %d calls%n", round, name, micros,
                connections, calls);
    }

    /** Chunks 100 ms apart: the gap each client reports between chunk 1 and 2, and its first-token time. */
    private static void streamTiming(FakeLlmServer fake, LlmGateway gateway) throws Exception {
        fake.reply(Reply.sse(new Part(50, OpenAiGatewayTest.chunk("a")), new Part(100, OpenAiGatewayTest.chunk("b")),
                new Part(100, OpenAiGatewayTest.chunk("c")), new Part(0, "data: [DONE]\n\n")));
        for (int i = 0; i < 3; i++) {
            LlmStream s = gateway.stream(LlmEndpoint.of(LlmProvider.OPENAI_COMPATIBLE, fake.baseUrl(), "k"),
                    LlmRequest.text("m", List.of(LlmMessage.user("hi"))), null);
            System.out.printf("gateway stream      first token %5.1f ms, gaps %s%n", s.firstToken().toNanos() / 1e6,
                    gaps(s.chunks().stream().map(c -> c.sinceStart().toNanos()).toList()));
            OpenAiStreamingChatModel lc = OpenAiStreamingChatModel.builder().baseUrl(fake.baseUrl()).apiKey("k")
                    .modelName("m").timeout(Duration.ofSeconds(5)).build();
            List<Long> at = new ArrayList<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            long start = System.nanoTime();
            lc.chat("hi", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    at.add(System.nanoTime() - start);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(null);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            done.get();
            System.out.printf("langchain4j stream  first token %5.1f ms, gaps %s%n", at.get(0) / 1e6, gaps(at));
        }
    }

    private static String gaps(List<Long> nanos) {
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < nanos.size(); i++) {
            gaps.add(String.format("%.1f ms", (nanos.get(i) - nanos.get(i - 1)) / 1e6));
        }
        return gaps.toString();
    }
}
