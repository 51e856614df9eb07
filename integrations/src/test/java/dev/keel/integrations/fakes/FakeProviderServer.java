package dev.keel.integrations.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local JSON-over-HTTP provider (127.0.0.1, random port) for tests: checks the bearer key, records every
 * request, and can be told to fail with a status (a 429 carries Retry-After: 7) or to stall. Subclasses
 * answer the routes they know.
 */
public abstract class FakeProviderServer implements AutoCloseable {
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as the fake received it; json is null when the body was not JSON. */
    public record Recorded(String method, String path, String authorization, String contentType, String body,
                           JsonNode json) {
    }

    /** What a route answers. */
    protected record Answer(int status, Object body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final String apiKey;
    private volatile int failStatus;
    private volatile Duration stall = Duration.ZERO;

    protected FakeProviderServer(String apiKey) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, as DAILY_API_BASE / OPENAI_API_BASE would be set (ends with /v1). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public String apiKey() {
        return apiKey;
    }

    /** Every following request answers this status with the provider's error body; 0 = behave normally. */
    public FakeProviderServer fail(int status) {
        this.failStatus = status;
        return this;
    }

    /** Every following request waits this long before answering. */
    public FakeProviderServer stall(Duration duration) {
        this.stall = duration;
        return this;
    }

    /** Back to normal behaviour; recorded requests are kept. */
    public void reset() {
        failStatus = 0;
        stall = Duration.ZERO;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The recorded requests to one path (e.g. "/v1/rooms"). */
    public List<Recorded> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The latest request to one path; fails when there is none. */
    public Recorded last(String path) {
        List<Recorded> matching = requests(path);
        if (matching.isEmpty()) {
            throw new AssertionError("no request to " + path);
        }
        return matching.get(matching.size() - 1);
    }

    protected abstract Answer route(String method, String path, JsonNode json);

    protected abstract Object errorBody(int status, String message);

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = parse(body);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        requests.add(new Recorded(exchange.getRequestMethod(), path, authorization,
                exchange.getRequestHeaders().getFirst("Content-Type"), body, json));
        sleep(stall);
        Answer answer;
        if (failStatus != 0) {
            answer = new Answer(failStatus, errorBody(failStatus, "scripted failure"));
        } else if (!("Bearer " + apiKey).equals(authorization)) {
            answer = new Answer(401, errorBody(401, "authentication failed"));
        } else if (json == null || !json.isObject()) {
            answer = new Answer(400, errorBody(400, "the request body is not a JSON object"));
        } else {
            answer = route(exchange.getRequestMethod(), path, json);
        }
        byte[] bytes = JSON.writeValueAsString(answer.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.status() == 429) {
            exchange.getResponseHeaders().add("Retry-After", "7");
        }
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout test); nothing to answer
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
