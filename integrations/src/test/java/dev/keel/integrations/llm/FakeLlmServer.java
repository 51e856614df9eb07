package dev.keel.integrations.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server that answers every request with the scripted reply: a status, headers, and body parts each
 * written (and flushed) after its delay, so a streamed answer arrives over time exactly as scripted. It records
 * what it was sent and from which client port (to see connection reuse).
 */
final class FakeLlmServer implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // Headers and body go out in separate writes: with Nagle on, a kept-alive connection waits for the
        // client's delayed ACK (about 40 ms a call), charged to the client. And keep idle connections as long as
        // the client does, so a measurement's pauses do not close them under the client.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.idleInterval", "1200");
    }

    record Part(long delayMillis, String text) {
    }

    record Reply(int status, Map<String, String> headers, List<Part> parts, long headerDelayMillis) {
        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), List.of(new Part(0, body)), 0);
        }

        static Reply status(int status, String body, Map<String, String> headers) {
            return new Reply(status, headers, List.of(new Part(0, body)), 0);
        }

        static Reply sse(Part... parts) {
            return new Reply(200, Map.of("Content-Type", "text/event-stream"), List.of(parts), 0);
        }

        /** The same reply, its status line held back this long. */
        Reply late(long millis) {
            return new Reply(status, headers, parts, millis);
        }
    }

    record Seen(String method, String path, String query, Map<String, List<String>> headers, JsonNode body,
                int clientPort) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Reply reply = Reply.json("{}");

    FakeLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void reply(Reply next) {
        reply = next;
    }

    List<Seen> seen() {
        return seen;
    }

    Seen last() {
        return seen.get(seen.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        JsonNode body = request.length == 0 ? null : JSON.readTree(request);
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), body,
                exchange.getRemoteAddress().getPort()));
        Reply r = reply;
        r.headers().forEach(exchange.getResponseHeaders()::add);
        boolean streamed = r.parts().size() > 1 || r.parts().get(0).delayMillis() > 0;
        try (OutputStream out = exchange.getResponseBody()) {
            if (r.headerDelayMillis() > 0) {
                Thread.sleep(r.headerDelayMillis());
            }
            if (streamed) {
                exchange.sendResponseHeaders(r.status(), 0); // chunked: each flush goes out at once
            } else {
                byte[] bytes = r.parts().get(0).text().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            }
            for (Part part : r.parts()) {
                if (part.delayMillis() > 0) {
                    Thread.sleep(part.delayMillis());
                }
                out.write(part.text().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a timeout test): fine
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
