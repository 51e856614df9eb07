package dev.keel.api.recruiting;

import dev.keel.api.platform.RequestCounter;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox.Intent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Turns embedding intents into batch workflows, in every API process: every {@code interval} it leases up to
 * {@code batchSize} intents, starts one workflow per org, and deletes the intents Temporal acknowledged. Intents
 * of a failed start are released for the next round; intents of a crashed process come back when their lease
 * ends. Replicas never take the same intent at once (FOR UPDATE SKIP LOCKED). While the API is busy it starts one
 * batch per busy interval ({@link DispatchPacing}), so embeddings lag instead of taking the requests' cores.
 */
@Component
@EnableConfigurationProperties(EmbeddingDispatchSettings.class)
public class EmbeddingOutboxDispatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingOutboxDispatcher.class);

    private final EmbeddingOutbox outbox;
    private final EmbeddingBatchStarter starter;
    private final EmbeddingDispatchSettings settings;
    private final RequestCounter requests;
    private final DispatchPacing pacing;
    private ScheduledExecutorService scheduler;

    public EmbeddingOutboxDispatcher(EmbeddingOutbox outbox, EmbeddingBatchStarter starter,
                                     EmbeddingDispatchSettings settings, RequestCounter requests) {
        this.outbox = outbox;
        this.starter = starter;
        this.settings = settings;
        this.requests = requests;
        this.pacing = new DispatchPacing(settings, requests.received(), System.nanoTime());
    }

    /** Claims and starts until fewer than a full batch is pending; returns how many intents were dispatched. */
    public int dispatchPending() {
        return dispatch(DispatchPacing.ALL);
    }

    /** Claims and starts at most {@code maxClaims} times (a claim takes up to a batch of intents). */
    int dispatch(int maxClaims) {
        int claims = 0;
        int dispatched = 0;
        boolean failed = false;
        List<Intent> claimed;
        do {
            claimed = outbox.claim(settings.batchSize(), settings.lease());
            claims++;
            Map<Long, List<Intent>> byOrg = claimed.stream()
                    .collect(Collectors.groupingBy(Intent::orgId, TreeMap::new, Collectors.toList()));
            for (var org : byOrg.entrySet()) {
                List<Long> ids = org.getValue().stream().map(Intent::id).toList();
                try {
                    starter.start(org.getKey(), org.getValue());
                    outbox.complete(ids);
                    dispatched += ids.size();
                } catch (RuntimeException e) {
                    LOG.warn("Could not start embeddings of {} intents of org {}; retrying: {}", ids.size(),
                            org.getKey(), e.toString());
                    outbox.release(ids);
                    failed = true;
                }
            }
        } while (!failed && claimed.size() == settings.batchSize() && claims < maxClaims);
        return dispatched;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedding-outbox-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::dispatchSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void dispatchSafely() {
        long now = System.nanoTime();
        int allowed = pacing.batchesAllowed(requests.received(), now);
        if (allowed == 0) {
            return;
        }
        try {
            pacing.dispatched(dispatch(allowed), allowed, now);
        } catch (RuntimeException e) {
            LOG.warn("Embedding outbox dispatch failed; next try in {}: {}", settings.interval(), e.toString());
        }
    }
}
