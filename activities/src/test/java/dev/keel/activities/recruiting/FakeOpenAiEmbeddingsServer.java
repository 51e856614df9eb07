package dev.keel.activities.recruiting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server speaking OpenAI's embeddings wire protocol: POST {base}/embeddings with {model, input (string or
 * array of strings), encoding_format?} and an "Authorization: Bearer" header. Vectors are a bag of words hashed
 * into {@link #DIMENSIONS} dimensions, deliberately not normalised, so texts sharing words are close and callers
 * must normalise. A test can make it answer an HTTP error status instead.
 */
public final class FakeOpenAiEmbeddingsServer implements AutoCloseable {
    public static final int DIMENSIONS = 64;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Request(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final String apiKey;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;

    public FakeOpenAiEmbeddingsServer(String apiKey) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/embeddings", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answer the following requests with this HTTP status (200 to recover). */
    public FakeOpenAiEmbeddingsServer respondWith(int status) {
        this.status = status;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The raw (unnormalised) vector this server answers for {@code text}. */
    public static float[] vectorOf(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : words(text)) {
            v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1f;
        }
        return v;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(new Request(authorization, body));
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, error("Method not allowed", "invalid_request_error", null));
        } else if (!("Bearer " + apiKey).equals(authorization)) {
            send(exchange, 401, error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"));
        } else if (status == 401) {
            send(exchange, 401, error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"));
        } else if (status == 429) {
            send(exchange, 429, error("Rate limit reached for requests", "requests", "rate_limit_exceeded"));
        } else if (status != 200) {
            send(exchange, status, error("The server had an error while processing your request", "server_error",
                    null));
        } else {
            send(exchange, 200, embeddings(body));
        }
    }

    private static String embeddings(JsonNode body) {
        JsonNode input = body.get("input");
        List<String> texts = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(n -> texts.add(n.asString()));
        } else {
            texts.add(input.asString());
        }
        boolean base64 = body.has("encoding_format") && "base64".equals(body.get("encoding_format").asString());
        List<Map<String, Object>> data = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            float[] v = vectorOf(texts.get(i));
            tokens += words(texts.get(i)).size();
            data.add(Map.of("object", "embedding", "index", i, "embedding", base64 ? encode(v) : boxed(v)));
        }
        return JSON.writeValueAsString(Map.of("object", "list", "data", data, "model", body.get("model").asString(),
                "usage", Map.of("prompt_tokens", tokens, "total_tokens", tokens)));
    }

    private static List<Float> boxed(float[] v) {
        List<Float> out = new ArrayList<>(v.length);
        for (float x : v) {
            out.add(x);
        }
        return out;
    }

    /** OpenAI's base64 encoding: little-endian float32. */
    private static String encode(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    private static String error(String message, String type, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", null);
        error.put("code", code);
        return JSON.writeValueAsString(Map.of("error", error));
    }

    private static void send(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
