package dev.keel.api.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Reads a Server-Sent Events response to its end: the raw lines, and the events (id, name, data) in order. */
public final class SseStream {
    public record Event(String id, String name, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final List<String> lines = new ArrayList<>();
    private final CompletableFuture<Void> reader;

    private SseStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = CompletableFuture.runAsync(this::readAll);
    }

    public static SseStream open(HttpRequest.Builder request) {
        try {
            return new SseStream(HttpClient.newHttpClient().send(request.header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code request} as built (any method, e.g. a POST answered with a stream). */
    public static SseStream send(HttpRequest request) {
        try {
            return new SseStream(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<InputStream> response() {
        return response;
    }

    /** Waits for the server to end the stream; fails when it is still open after {@code max}. */
    public SseStream awaitEnd(Duration max) throws Exception {
        reader.get(max.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized List<Event> events() {
        List<Event> events = new ArrayList<>();
        String id = null;
        String name = null;
        StringBuilder data = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(id, name, data.toString()));
                }
                id = null;
                name = null;
                data = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
            }
        }
        return events;
    }

    private void readAll() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                }
            }
            synchronized (this) {
                lines.add("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
