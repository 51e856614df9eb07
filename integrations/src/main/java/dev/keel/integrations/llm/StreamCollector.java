package dev.keel.integrations.llm;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads one stream to its end: text chunks with arrival times (monotonic offsets from when the request was sent,
 * else from construction, which is just before the request is handed to the client), usage merged across events,
 * the protocol's terminator. A deadline (from construction) closes the body when the call's timeout passes, so a
 * stalled stream ends as TIMEOUT instead of hanging.
 */
final class StreamCollector {
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llm-stream-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final WireProtocol protocol;
    private final Consumer<LlmChunk> onChunk;
    private final LongSupplier sentNanos;
    private final long createdNanos = System.nanoTime();
    private final Instant createdAt = Instant.now();
    private long startNanos = createdNanos;
    private Instant startedAt = createdAt;
    private final List<LlmChunk> chunks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private LlmUsage usage = LlmUsage.UNKNOWN;

    /** sentNanos: System.nanoTime() when the request was sent, 0 if unknown (then construction is the origin). */
    StreamCollector(WireProtocol protocol, Consumer<LlmChunk> onChunk, LongSupplier sentNanos) {
        this.protocol = protocol;
        this.onChunk = onChunk == null ? chunk -> { } : onChunk;
        this.sentNanos = sentNanos;
    }

    /** Reads the body of a response whose headers have arrived (so the request was sent). */
    LlmStream read(InputStream body, Duration timeout) {
        long sent = sentNanos.getAsLong();
        if (sent != 0 && sent - createdNanos > 0) {
            startNanos = sent;
            startedAt = createdAt.plusNanos(sent - createdNanos);
        }
        AtomicBoolean expired = new AtomicBoolean();
        long remaining = timeout.toNanos() - (System.nanoTime() - createdNanos);
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, Math.max(0, remaining), TimeUnit.NANOSECONDS);
        try (body) {
            ServerSentEvents events = new ServerSentEvents(body);
            ServerSentEvents.Event event;
            boolean ended = false;
            while (!ended && (event = events.next()) != null) {
                ended = accept(event);
            }
            if (expired.get()) {
                throw ProviderErrors.timeout(protocol.name(), timeout);
            }
            if (!ended && !protocol.endsAtEof()) {
                throw ProviderErrors.malformed(protocol.name(), "a stream that ended before its end event");
            }
        } catch (IOException e) {
            if (expired.get()) {
                throw ProviderErrors.timeout(protocol.name(), timeout);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw ProviderErrors.cancelled(protocol.name());
            }
            throw ProviderErrors.fromIo(protocol.name(), e, timeout);
        } finally {
            deadline.cancel(false);
        }
        Duration first = chunks.isEmpty() ? null : chunks.get(0).sinceStart();
        return new LlmStream(text.toString(), List.copyOf(chunks), startedAt, first,
                Duration.ofNanos(System.nanoTime() - startNanos), usage);
    }

    /** True when the event ends the stream. */
    private boolean accept(ServerSentEvents.Event event) {
        if (event.data().equals("[DONE]")) {
            return true; // OpenAI's terminator
        }
        JsonNode data = ProviderErrors.parse(event.data());
        if (data == null || !data.isObject()) {
            throw ProviderErrors.malformed(protocol.name(), "a stream event that is not a JSON object");
        }
        WireProtocol.Piece piece = protocol.piece(event.name(), data);
        usage = usage.merge(piece.usage());
        if (!piece.text().isEmpty()) {
            Duration since = Duration.ofNanos(event.arrivedNanos() - startNanos);
            LlmChunk chunk = new LlmChunk(piece.text(), startedAt.plus(since), since);
            chunks.add(chunk);
            text.append(piece.text());
            onChunk.accept(chunk);
        }
        return piece.end();
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the reader sees the end of the stream and reports the timeout
        }
    }
}
