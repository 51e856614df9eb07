package dev.keel.api.runs;

import dev.keel.domain.platform.PendingStart;
import dev.keel.domain.platform.WorkflowOutbox;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts what the outbox still holds: starts whose process died after the commit, or that Temporal could not
 * take. Every replica runs one; the claim lease keeps two from starting the same row at once.
 */
@Component
public class OutboxDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;
    /** Starts younger than this belong to the request that wrote them (it sends them after its commit). */
    private static final Duration FRESH = Duration.ofSeconds(2);

    private final WorkflowOutbox outbox;
    private final RunLauncher launcher;
    private final long periodMillis;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean unavailableLogged;

    public OutboxDispatcher(WorkflowOutbox outbox, RunLauncher launcher,
                            LauncherSettings settings) {
        this.outbox = outbox;
        this.launcher = launcher;
        this.periodMillis = settings.dispatchPeriod().toMillis();
    }

    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        scheduler.scheduleWithFixedDelay(this::drainSafely, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Dispatches every due start; returns how many Temporal accepted. */
    public int drain() {
        int started = 0;
        List<PendingStart> due;
        do {
            due = outbox.claimDue(BATCH, RunLauncher.LEASE, FRESH);
            for (PendingStart start : due) {
                RunLauncher.Launched launched = launcher.dispatch(start);
                if (launched.started()) {
                    started++;
                } else if (!unavailableLogged) {
                    unavailableLogged = true;
                    LOG.warn("Workflow starts are waiting in the outbox: {}", launched.error());
                }
            }
        } while (due.size() == BATCH);
        if (started > 0 && unavailableLogged) {
            unavailableLogged = false;
            LOG.info("Temporal accepts workflow starts again");
        }
        return started;
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Outbox dispatch failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
