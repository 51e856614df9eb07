package dev.keel.api.studio.runs;

import dev.keel.api.runs.RunEventStreamer;
import dev.keel.api.runs.SseSettings;
import dev.keel.domain.platform.RunEvent;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A benchmark's SSE stream in the seed's shape, read from the run's {@code run_events}: every frame's data is the
 * event's JSON with its {@code type} (progress, result, skipped, cancelled, complete, error), its id the event's
 * sequence number, so a client that reconnects with {@code Last-Event-ID} gets each event once. A
 * {@code {"type":"heartbeat"}} frame (no id) goes out after 15 s without an event. The stream ends once the run is
 * closed and its events are all sent; the run goes on whether a client listens or not.
 */
@Component
public class BenchmarkStream {
    private static final int BATCH = 500;
    private static final String HEARTBEAT = "{\"type\":\"heartbeat\"}";

    private final RunEvents events;
    private final RunIndex runs;
    private final long pollMillis;
    private final long heartbeatMillis;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "studio-sse");
        thread.setDaemon(true);
        return thread;
    });

    public BenchmarkStream(RunEvents events, RunIndex runs, SseSettings settings) {
        this.events = events;
        this.runs = runs;
        this.pollMillis = settings.pollMillis();
        this.heartbeatMillis = TimeUnit.SECONDS.toMillis(settings.heartbeatSeconds());
    }

    public SseEmitter stream(RunRecord run, String lastEventId) {
        SseEmitter emitter = new SseEmitter(Duration.ofHours(12).toMillis());
        AtomicLong cursor = new AtomicLong(RunEventStreamer.parseCursor(lastEventId));
        AtomicLong lastSent = new AtomicLong(System.currentTimeMillis());
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        Runnable stop = () -> {
            if (task[0] != null) {
                task[0].cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        task[0] = scheduler.scheduleWithFixedDelay(() -> pump(run, emitter, cursor, lastSent, stop),
                0, pollMillis, TimeUnit.MILLISECONDS);
        return emitter;
    }

    private void pump(RunRecord run, SseEmitter emitter, AtomicLong cursor, AtomicLong lastSent, Runnable stop) {
        try {
            Optional<RunRecord> current = runs.findByWorkflowId(run.workflowId());
            boolean terminal = current.map(RunRecord::terminal).orElse(true);
            List<RunEvent> batch = events.after(run.id(), cursor.get(), BATCH);
            for (RunEvent event : batch) {
                if (!RunEvents.CLOSED.equals(event.type())) {
                    emitter.send(SseEmitter.event().id(Long.toString(event.seq())).name(event.type())
                            .data(event.data(), MediaType.APPLICATION_JSON));
                    lastSent.set(System.currentTimeMillis());
                }
                cursor.set(event.seq());
            }
            if (terminal && batch.size() < BATCH) {
                emitter.complete();
                stop.run();
            } else if (System.currentTimeMillis() - lastSent.get() >= heartbeatMillis) {
                emitter.send(SseEmitter.event().name("heartbeat").data(HEARTBEAT, MediaType.APPLICATION_JSON));
                lastSent.set(System.currentTimeMillis());
            }
        } catch (IOException | IllegalStateException e) {
            stop.run();
        } catch (RuntimeException e) {
            emitter.completeWithError(e);
            stop.run();
        }
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
