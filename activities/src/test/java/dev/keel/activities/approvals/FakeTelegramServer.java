package dev.keel.activities.approvals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A local Telegram Bot API: records calls, answers like Telegram; a forced status makes every call fail. */
public final class FakeTelegramServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Call(String token, String method, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong nextMessageId = new AtomicLong(1000);
    private final AtomicInteger forcedStatus = new AtomicInteger();

    public FakeTelegramServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void failWith(int status) {
        forcedStatus.set(status);
    }

    public List<Call> calls(String method) {
        List<Call> matching = new ArrayList<>();
        for (Call c : calls) {
            if (c.method().equals(method)) {
                matching.add(c);
            }
        }
        return matching;
    }

    public void reset() {
        calls.clear();
        forcedStatus.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] parts = path.split("/");
        int status = forcedStatus.get();
        String response;
        if (parts.length != 3 || !parts[1].startsWith("bot")) {
            status = 404;
            response = "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}";
        } else if (status != 0) {
            response = "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"Forced failure\"}";
        } else {
            JsonNode json = JSON.readTree(body.isEmpty() ? "{}" : body);
            calls.add(new Call(parts[1].substring(3), parts[2], json));
            status = 200;
            response = switch (parts[2]) {
                case "sendMessage" -> "{\"ok\":true,\"result\":{\"message_id\":" + nextMessageId.incrementAndGet()
                        + ",\"from\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Keel\"},\"chat\":{\"id\":"
                        + json.path("chat_id").asString("0") + ",\"type\":\"private\"},\"date\":1700000000,\"text\":"
                        + JSON.writeValueAsString(json.path("text").asString("")) + "}}";
                case "editMessageText" -> "{\"ok\":true,\"result\":{\"message_id\":"
                        + json.path("message_id").asLong() + ",\"date\":1700000000}}";
                default -> "{\"ok\":true,\"result\":true}";
            };
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
