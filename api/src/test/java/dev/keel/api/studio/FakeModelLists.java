package dev.keel.api.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server speaking the three model-list formats: OpenAI ({@code /openai/v1/models}, Bearer), Anthropic
 * ({@code /anthropic/v1/models}, x-api-key + anthropic-version) and Gemini ({@code /gemini/v1beta/models?key=}).
 * and an OpenAI chat completion ({@code /openai/v1/chat/completions}). A request without the expected credential
 * gets the provider's 401; any other path answers 500.
 */
final class FakeModelLists implements AutoCloseable {
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeModelLists() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String base(String kind) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + kind;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        requests.add(path + "?" + query);
        var h = exchange.getRequestHeaders();
        switch (path) {
            case "/openai/v1/models" -> reply(exchange, "Bearer sk-openai".equals(h.getFirst("Authorization")),
                    """
                    {"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model", "owned_by": "openai"},
                     {"id": "gpt-4.1", "object": "model", "owned_by": "openai"}]}""");
            case "/anthropic/v1/models" -> reply(exchange, "sk-ant".equals(h.getFirst("x-api-key"))
                            && "2023-06-01".equals(h.getFirst("anthropic-version")) && query.contains("limit=100"),
                    """
                    {"data": [{"type": "model", "id": "claude-sonnet-4-5", "display_name": "Claude Sonnet 4.5"},
                     {"type": "model", "id": "claude-haiku-4-5", "display_name": "Claude Haiku 4.5"}],
                     "has_more": false}""");
            case "/gemini/v1beta/models" -> reply(exchange, query.contains("key=gm-key")
                            && query.contains("pageSize=100"),
                    """
                    {"models": [{"name": "models/gemini-2.5-flash", "displayName": "Gemini 2.5 Flash"},
                     {"name": "models/gemini-2.5-pro", "displayName": "Gemini 2.5 Pro"}]}""");
            case "/openai/v1/chat/completions" -> reply(exchange,
                    "Bearer sk-openai".equals(h.getFirst("Authorization")), """
                    {"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-4o-mini",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello"},
                     "finish_reason": "stop"}], "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                     "total_tokens": 2}}""");
            default -> send(exchange, 500, "{\"error\": {\"message\": \"upstream exploded\"}}");
        }
    }

    private static void reply(HttpExchange exchange, boolean authorized, String body) throws IOException {
        if (authorized) {
            send(exchange, 200, body);
        } else {
            send(exchange, 401, "{\"error\": {\"message\": \"invalid api key\"}}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
