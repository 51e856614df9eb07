package dev.keel.activities.recruiting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible server: POST /v1/chat/completions answers a realistic chat.completion whose
 * message content is what the test scripted (valid JSON, malformed text, or an HTTP error status).
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile String content = "{}";
    private volatile int status = 200;
    private final java.util.Deque<String> script = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile long delayMillis;

    public FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            pause();
            int code = status;
            String scripted = script.size() > 1 ? script.pollFirst() : script.peekFirst();
            String body = code == 200 ? completion(scripted != null ? scripted : content)
                    : JSON.writeValueAsString(Map.of("error", Map.of("message", "Incorrect API key provided",
                    "type", "invalid_request_error", "code", "invalid_api_key")));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The assistant message content of the following answers. */
    public FakeOpenAiServer answer(String content) {
        this.script.clear();
        this.content = content;
        this.status = 200;
        return this;
    }

    /** One answer per following request, in order; the last one repeats. */
    public FakeOpenAiServer answers(String... contents) {
        this.script.clear();
        this.script.addAll(List.of(contents));
        this.status = 200;
        return this;
    }

    /** Waits this long before answering each request (to make concurrent requests overlap). */
    public FakeOpenAiServer delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public FakeOpenAiServer fail(int status) {
        this.status = status;
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    private static String completion(String content) {
        return JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-fake-1", "object", "chat.completion", "created", 1_700_000_000L,
                "model", "gpt-4o-mini", "system_fingerprint", "fp_fake",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 80, "total_tokens", 200)));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
