package dev.keel.api.studio.runs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible streaming server (JDK HttpServer): per model, a scripted time to first token, gap
 * between tokens, token count, or an HTTP error status. Each SSE chunk is written and flushed after its delay, so a
 * stream arrives over time as scripted. Counts requests per model and remembers the last Authorization header.
 */
public final class FakeStreamingProvider implements AutoCloseable {
    /** How a model answers: status 200 streams {@code tokens} tokens; any other status is an error answer. */
    public record Script(int status, long ttftMillis, long gapMillis, int tokens, int tokensPerChunk,
                         boolean usage) {
        public static Script stream(long ttftMillis, long gapMillis, int tokens) {
            return new Script(200, ttftMillis, gapMillis, tokens, 1, true);
        }

        public static Script error(int status) {
            return new Script(status, 0, 0, 0, 1, true);
        }

        /** {@code tokens} tokens sent {@code perChunk} to a chunk, with or without the usage chunk. */
        public Script chunked(int perChunk, boolean withUsage) {
            return new Script(status, ttftMillis, gapMillis, tokens, perChunk, withUsage);
        }
    }

    /** What the server did for one request: when it was received and when each chunk was flushed (nanoTime). */
    public record Served(String model, long receivedNanos, List<Long> chunkNanos) {
    }

    static {
        // each chunk leaves at once (Nagle would hold small writes until the client's delayed ACK)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpServer server;
    private final Map<String, Function<Integer, Script>> scripts = new ConcurrentHashMap<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile String lastAuthorization;

    public FakeStreamingProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public FakeStreamingProvider script(String model, Script script) {
        scripts.put(model, n -> script);
        return this;
    }

    /** A script per request: the function gets the model's request number (1, 2, ...). */
    public FakeStreamingProvider script(String model, Function<Integer, Script> script) {
        scripts.put(model, script);
        return this;
    }

    public List<Served> served(String model) {
        return served.stream().filter(s -> s.model().equals(model)).toList();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int requests(String model) {
        return requests.getOrDefault(model, new AtomicInteger()).get();
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private void answer(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher m = MODEL.matcher(body);
        String model = m.find() ? m.group(1) : "";
        int number = requests.computeIfAbsent(model, k -> new AtomicInteger()).incrementAndGet();
        Script script = scripts.getOrDefault(model, n -> Script.error(404)).apply(number);
        List<Long> chunks = new ArrayList<>();
        try (exchange) {
            if (script.status() != 200) {
                byte[] error = ("{\"error\":{\"message\":\"scripted " + script.status() + "\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(script.status(), error.length);
                exchange.getResponseBody().write(error);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            sleep(script.ttftMillis());
            for (int i = 0; i < script.tokens(); i += script.tokensPerChunk()) {
                if (i > 0) {
                    sleep(script.gapMillis());
                }
                String text = "tok" + i + " " + "x ".repeat(script.tokensPerChunk() - 1);
                write(out, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"}}]}");
                chunks.add(System.nanoTime());
            }
            if (script.usage()) {
                write(out, "{\"choices\":[],\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":"
                        + script.tokens() + "}}");
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            served.add(new Served(model, received, chunks));
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void write(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
