package dev.keel.api.studio.runs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible streaming server: per model, a scripted time to first token, gap between tokens, token
 * count, or an HTTP error status. It speaks HTTP/1.1 on a raw socket, one thread per connection blocked in read(),
 * so "request received" is stamped when the request's last byte came off the socket, with no server dispatcher in
 * between (a JDK HttpServer handler starts 1-2 ms later, which a timing benchmark would count as error). Each SSE
 * chunk is one write with TCP_NODELAY, stamped after it, so a stream arrives over time as scripted. Counts requests
 * per model and remembers the last Authorization header and the last request body per model.
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

    /** What the server did for one request: when it was received and when each chunk was written (nanoTime). */
    public record Served(String model, long receivedNanos, List<Long> chunkNanos) {
    }

    private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]+)\"");
    private final ServerSocket server;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Function<Integer, Script>> scripts = new ConcurrentHashMap<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile String lastAuthorization;
    private final Map<String, String> lastBodies = new ConcurrentHashMap<>();

    public FakeStreamingProvider() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("fake-provider-accept", this::accept);
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
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    public int requests(String model) {
        return requests.getOrDefault(model, new AtomicInteger()).get();
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    /** The raw JSON body of the last request for the model, or null. */
    public String lastBody(String model) {
        return lastBodies.get(model);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true); // each chunk leaves at once (Nagle would hold it for the delayed ACK)
                connections.add(socket);
                daemon("fake-provider-connection", () -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            Http1Wire.Request request;
            while ((request = Http1Wire.read(in)) != null) {
                answer(request, out);
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            connections.remove(socket);
        }
    }

    private void answer(Http1Wire.Request request, OutputStream out) throws IOException {
        lastAuthorization = request.headers().get("authorization");
        Matcher m = MODEL.matcher(request.body());
        String model = m.find() ? m.group(1) : "";
        lastBodies.put(model, request.body());
        int number = requests.computeIfAbsent(model, k -> new AtomicInteger()).incrementAndGet();
        Script script = request.path().endsWith("/v1/chat/completions")
                ? scripts.getOrDefault(model, n -> Script.error(404)).apply(number) : Script.error(404);
        if (script.status() != 200) {
            Http1Wire.json(out, script.status(), "{\"error\":{\"message\":\"scripted " + script.status() + "\"}}");
            return;
        }
        Http1Wire.eventStream(out);
        List<Long> chunks = new ArrayList<>();
        sleep(script.ttftMillis());
        for (int i = 0; i < script.tokens(); i += script.tokensPerChunk()) {
            if (i > 0) {
                sleep(script.gapMillis());
            }
            String text = "tok" + i + " " + "x ".repeat(script.tokensPerChunk() - 1);
            Http1Wire.event(out, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"}}]}");
            chunks.add(System.nanoTime());
        }
        if (script.usage()) {
            Http1Wire.event(out, "{\"choices\":[],\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":"
                    + script.tokens() + "}}");
        }
        served.add(new Served(model, request.receivedNanos(), chunks));
        Http1Wire.end(out);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        connections.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        });
    }
}
