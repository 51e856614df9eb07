package dev.keel.api.runs;

import dev.keel.domain.platform.RunClosing;
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
 * Streams a run's events from the {@code run_events} table as SSE, each with its per-run sequence number as
 * id (1, 2, 3...): resumes after {@code Last-Event-ID}, survives API restarts and serves any replica (the table
 * is the source), sends a comment heartbeat every 15 s, and once the run is closed (by its workflow, the
 * launcher or the reconciler) ends with a {@code closed} event (status, outcome, error, last progress; appended
 * here if nobody did) and completes.
 */
@Component
public class RunEventStreamer {
    private static final int BATCH = 500;

    private final RunEvents events;
    private final RunIndex runs;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "sse-poller");
        thread.setDaemon(true);
        return thread;
    });
    private final long pollMillis;
    private final long heartbeatMillis;

    public RunEventStreamer(RunEvents events, RunIndex runs,
                            SseSettings settings) {
        this.events = events;
        this.runs = runs;
        this.pollMillis = settings.pollMillis();
        this.heartbeatMillis = TimeUnit.SECONDS.toMillis(settings.heartbeatSeconds());
    }

    /** Streams {@code run}'s events; the caller must already have checked that the run belongs to its organization. */
    public SseEmitter stream(RunRecord run, String lastEventId) {
        SseEmitter emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        AtomicLong cursor = new AtomicLong(parseCursor(lastEventId));
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
            if (terminal && current.isPresent() && !events.hasClosedEvent(run.id())) {
                events.append(run.id(), RunEvents.CLOSED, RunClosing.finalEvent(current.get()), RunEvents.CLOSED);
            }
            List<RunEvent> batch = events.after(run.id(), cursor.get(), BATCH);
            for (RunEvent event : batch) {
                emitter.send(SseEmitter.event().id(Long.toString(event.seq())).name(event.type())
                        .data(event.data(), MediaType.APPLICATION_JSON));
                cursor.set(event.seq());
                lastSent.set(System.currentTimeMillis());
            }
            if (terminal && batch.size() < BATCH) {
                emitter.complete();
                stop.run();
            } else if (System.currentTimeMillis() - lastSent.get() >= heartbeatMillis) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
                lastSent.set(System.currentTimeMillis());
            }
        } catch (IOException | IllegalStateException e) {
            stop.run();
        } catch (RuntimeException e) {
            emitter.completeWithError(e);
            stop.run();
        }
    }

    public static long parseCursor(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
