package dev.keel.activities.pluto.scoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible chat server for the Pluto pipeline: it tells the signals prompt from the scoring prompt
 * by the system message, reads the candidate's name from the user message and answers a valid JSON object whose
 * score is derived from the name. Names steer failures: "Malformed" always gets broken JSON, "Flaky" fails with 500
 * on its first call of each kind, "Throttled" gets 429 with Retry-After: 1 on its first scoring call. It counts calls per (kind, name), can answer 401 to everything, and can delay each
 * answer (a fixed-seed latency function for benchmarks).
 */
public final class FakePlutoLlmServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("Name: (.*)");

    private final HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile int forcedStatus = 200;
    private volatile ToLongFunction<String> delayMillis = name -> 0;

    public FakePlutoLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void failEverythingWith(int status) {
        forcedStatus = status;
    }

    public void delay(ToLongFunction<String> millisByName) {
        delayMillis = millisByName;
    }

    /** Calls of kind "signals" or "score" for a candidate name. */
    public int calls(String kind, String name) {
        AtomicInteger n = calls.get(kind + "|" + name);
        return n == null ? 0 : n.get();
    }

    public int totalCalls() {
        return total.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** The AI score this server gives a name: a stable number in 0..100. */
    public static int scoreFor(String name) {
        return Math.floorMod(name.hashCode(), 101);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String system = body.path("messages").path(0).path("content").asString();
            String user = body.path("messages").path(1).path("content").asString();
            String kind = system.contains("sales-hiring signals") ? "signals" : "score";
            Matcher m = NAME.matcher(user);
            String name = m.find() ? m.group(1).strip() : "?";
            int call = calls.computeIfAbsent(kind + "|" + name, k -> new AtomicInteger()).incrementAndGet();
            total.incrementAndGet();
            long delay = delayMillis.applyAsLong(name);
            if (delay > 0) {
                Thread.sleep(delay);
            }
            if (forcedStatus != 200) {
                send(exchange, forcedStatus, "{\"error\":{\"message\":\"Incorrect API key provided\"}}");
            } else if (name.contains("Throttled") && kind.equals("score") && call == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached\"}}");
            } else if (name.contains("Flaky") && call == 1) {
                send(exchange, 500, "{\"error\":{\"message\":\"upstream overloaded\"}}");
            } else {
                String content = name.contains("Malformed") ? "sorry, I cannot answer in JSON" : answer(kind, name);
                send(exchange, 200, completion(content));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String answer(String kind, String name) {
        if (kind.equals("signals")) {
            return "{\"sold_to_finance\": false, \"founder\": " + name.contains("Founder") + ", \"startup\": false,"
                    + " \"acv_usd\": null, \"enterprise\": false, \"red_flags\": []}";
        }
        return JSON.writeValueAsString(Map.of("score", scoreFor(name), "summary", "Solid seller: " + name,
                "pros", java.util.List.of("quota attainment"), "cons", java.util.List.of("no finance"),
                "reasoning", "Based on the profile.", "interview_questions",
                java.util.List.of("Q1 for " + name, "Q2", "Q3", "Q4")));
    }

    private static String completion(String content) {
        return JSON.writeValueAsString(Map.of("id", "chatcmpl-fake", "object", "chat.completion", "created", 0,
                "model", "fake", "choices", java.util.List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
