package dev.keel.integrations.llm;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that notes when the HTTP client took its last byte to write it, i.e. when the request was sent:
 * the origin of a stream's time to first token. It is after connection setup and the client's own scheduling
 * (about 1.5 ms of thread hand-offs in the JDK client between sendAsync and the write, measured in
 * docs/PERFORMANCE.md), as a server sees it. A retried send re-subscribes and moves the mark.
 */
final class RequestSent implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher body;
    private final HttpRequest request;
    private volatile long nanos;

    /** Marks the given POST request (a request without a body is never marked: {@link #nanos} stays 0). */
    RequestSent(HttpRequest request) {
        this.body = request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody());
        this.request = HttpRequest.newBuilder(request, (name, value) -> true).method(request.method(), this).build();
    }

    /** The request to send (the original with this body). */
    HttpRequest request() {
        return request;
    }

    /** System.nanoTime() when the body's last byte was handed to the client, or 0 before that. */
    long nanos() {
        return nanos;
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                nanos = System.nanoTime();
                subscriber.onComplete();
            }
        });
    }
}
