package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.integrations.llm.FakeLlmServer.Part;
import dev.keel.integrations.llm.FakeLlmServer.Reply;
import dev.keel.integrations.llm.LlmException.Kind;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LlmErrorClassificationTest {
    static final FakeLlmServer FAKE = new FakeLlmServer();
    static final LlmGateway GATEWAY = new LlmGateway(Duration.ofSeconds(2));
    static final LlmRequest QUICK = LlmRequest.json("m", List.of(LlmMessage.user("hi")), Duration.ofMillis(600));

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    static LlmException failure(LlmProvider provider, boolean stream) {
        LlmEndpoint endpoint = LlmEndpoint.of(provider, FAKE.baseUrl(), "sk-secret-key");
        try {
            if (stream) {
                GATEWAY.stream(endpoint, QUICK, null);
            } else {
                GATEWAY.complete(endpoint, QUICK);
            }
        } catch (LlmException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void unauthorizedIsAuthAndNotRetryable(LlmProvider provider) {
        FAKE.reply(Reply.status(401, "{\"error\":{\"message\":\"Incorrect API key sk-secret-key\"}}", Map.of()));
        for (boolean stream : new boolean[] {false, true}) {
            LlmException e = failure(provider, stream);
            assertThat(e.kind()).isEqualTo(Kind.AUTH);
            assertThat(e.retryable()).isFalse();
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.getMessage()).contains("Incorrect API key ***").doesNotContain("sk-secret-key");
        }
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void tooManyRequestsCarriesRetryAfter(LlmProvider provider) {
        FAKE.reply(Reply.status(429, "{\"error\":{\"message\":\"slow down\"}}", Map.of("Retry-After", "7")));
        for (boolean stream : new boolean[] {false, true}) {
            LlmException e = failure(provider, stream);
            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void retryAfterAsAnHttpDateOrTooLongOrMissing() {
        String inTenSeconds = ZonedDateTime.now().plusSeconds(10).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(ProviderErrors.retryAfter(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(ProviderErrors.retryAfter("0.5")).isEqualTo(Duration.ofMillis(500));
        assertThat(ProviderErrors.retryAfter("3600")).isNull();
        assertThat(ProviderErrors.retryAfter("soon")).isNull();
        FAKE.reply(Reply.status(429, "", Map.of()));
        assertThat(failure(LlmProvider.OPENAI, false).retryAfter()).isNull();
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void serverErrorsAreRetryable(LlmProvider provider) {
        FAKE.reply(Reply.status(500, "oops", Map.of()));
        LlmException e = failure(provider, false);
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.retryable()).isTrue();
        FAKE.reply(Reply.status(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}", Map.of()));
        assertThat(failure(provider, false).kind()).isEqualTo(Kind.RATE_LIMITED);
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void badRequestIsPermanentAndSaysWhy(LlmProvider provider) {
        FAKE.reply(Reply.status(400, "{\"error\":{\"message\":\"model not found\"}}", Map.of()));
        LlmException e = failure(provider, false);
        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 400").contains("model not found");
    }

    @Test
    void noAnswerWithinTheTimeoutIsATimeout() {
        FAKE.reply(Reply.json("{}").late(3_000));
        long start = System.nanoTime();
        LlmException e = failure(LlmProvider.OPENAI, false);
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.retryable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
    }

    @Test
    void aStreamThatStallsMidwayIsATimeout() {
        FAKE.reply(Reply.sse(new Part(0, OpenAiGatewayTest.chunk("a")), new Part(3_000, "data: [DONE]\n\n")));
        long start = System.nanoTime();
        LlmException e = failure(LlmProvider.OPENAI, true);
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void bodiesThatAreNotTheProtocolAreMalformed(LlmProvider provider) {
        FAKE.reply(Reply.json("<html>gateway</html>"));
        assertThat(failure(provider, false).kind()).isEqualTo(Kind.MALFORMED);
        FAKE.reply(Reply.json("{\"unexpected\":true}"));
        assertThat(failure(provider, false).kind()).isEqualTo(Kind.MALFORMED);
        FAKE.reply(Reply.sse(new Part(0, "data: not json\n\n")));
        LlmException e = failure(provider, true);
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void anOpenAiStreamWithoutDoneIsMalformed() {
        FAKE.reply(Reply.sse(new Part(0, OpenAiGatewayTest.chunk("a")), new Part(5, "")));
        assertThat(failure(LlmProvider.OPENAI, true).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void nobodyListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LlmEndpoint closed = LlmEndpoint.of(LlmProvider.OPENAI, "http://127.0.0.1:" + port + "/v1", "k");
        assertThatThrownBy(() -> GATEWAY.complete(closed, QUICK)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void aBaseUrlThatIsNotAUrlIsNotConfigured() {
        LlmEndpoint wrong = LlmEndpoint.of(LlmProvider.OPENAI, "not a url", "k");
        assertThatThrownBy(() -> GATEWAY.complete(wrong, QUICK)).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.NOT_CONFIGURED));
    }

    @Test
    void anInterruptedCallerGetsCancelled() {
        FAKE.reply(Reply.json("{}").late(1_000));
        Thread.currentThread().interrupt();
        try {
            assertThat(failure(LlmProvider.OPENAI, false).kind()).isEqualTo(Kind.CANCELLED);
        } finally {
            Thread.interrupted();
        }
    }
}
