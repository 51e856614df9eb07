package dev.keel.api.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.workflows.pluto.scoring.PipelineProgress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * The running pipeline's getProgress() query, kept off the request path: a snapshot younger than REFRESH_MS is
 * answered as is; an older one is answered too while a single background query refreshes it. A request waits for
 * the query (at most FIRST_WAIT_MS) only when there is no usable snapshot at all, so a busy or dead worker never
 * slows /pluto/status down; the status then falls back to what the database says.
 */
@Component
public class PlutoLiveProgress {
    static final long REFRESH_MS = 500;
    static final long STALE_MS = 10_000;
    static final long FIRST_WAIT_MS = 40;

    private record Snapshot(PipelineProgress progress, long atNanos) {
    }

    private final PlutoPipelines pipelines;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<PipelineProgress>> refreshing = new ConcurrentHashMap<>();
    private final ExecutorService queries = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "pluto-progress-query");
        t.setDaemon(true);
        return t;
    });

    public PlutoLiveProgress(PlutoPipelines pipelines) {
        this.pipelines = pipelines;
    }

    public Optional<PipelineProgress> query(PlutoRun run) {
        String key = run.workflowId();
        Snapshot snapshot = snapshots.get(key);
        long age = snapshot == null ? Long.MAX_VALUE : (System.nanoTime() - snapshot.atNanos()) / 1_000_000;
        if (age < REFRESH_MS) {
            return Optional.of(snapshot.progress());
        }
        CompletableFuture<PipelineProgress> refresh = refresh(run);
        if (age < STALE_MS) {
            return Optional.of(snapshot.progress());
        }
        try {
            return Optional.ofNullable(refresh.get(FIRST_WAIT_MS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private CompletableFuture<PipelineProgress> refresh(PlutoRun run) {
        String key = run.workflowId();
        CompletableFuture<PipelineProgress> created = new CompletableFuture<>();
        CompletableFuture<PipelineProgress> running = refreshing.putIfAbsent(key, created);
        if (running != null) {
            return running;
        }
        queries.execute(() -> {
            try {
                PipelineProgress progress = pipelines.workflow(run).getProgress();
                snapshots.put(key, new Snapshot(progress, System.nanoTime()));
                created.complete(progress);
            } catch (RuntimeException e) {
                created.completeExceptionally(e);
            } finally {
                refreshing.remove(key, created);
            }
        });
        return created;
    }

    /** Forgets a finished run's snapshot. */
    public void forget(PlutoRun run) {
        snapshots.remove(run.workflowId());
    }
}
