package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class RequestSentTest {

    @Test
    void keepsTheRequestAndMarksWhenItsBodyWasTaken() {
        HttpRequest original = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/v1/chat/completions"))
                .header("Authorization", "Bearer k").timeout(Duration.ofSeconds(7))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build();
        RequestSent sent = new RequestSent(original);
        HttpRequest request = sent.request();
        assertThat(request.uri()).isEqualTo(original.uri());
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers().map()).isEqualTo(original.headers().map());
        assertThat(request.timeout()).contains(Duration.ofSeconds(7));
        assertThat(request.bodyPublisher().orElseThrow().contentLength()).isEqualTo(7);
        assertThat(sent.nanos()).isZero();

        long before = System.nanoTime();
        StringBuilder body = new StringBuilder();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                assertThat(sent.nanos()).as("not sent before its last byte").isZero();
                body.append(StandardCharsets.UTF_8.decode(item));
            }

            @Override
            public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
            }

            @Override
            public void onComplete() {
            }
        });
        assertThat(body).hasToString("{\"a\":1}");
        assertThat(sent.nanos()).isBetween(before, System.nanoTime());
    }
}
