package dev.keel.api.pluto;

import dev.keel.domain.pluto.PlutoRun;
import dev.keel.workflows.pluto.PipelineProgress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The running pipeline's getProgress() query, answered within a short deadline; status falls back to what the
 * database says when the worker is busy or down, so /pluto/status stays fast.
 */
@Component
public class PlutoLiveProgress {
    static final long DEADLINE_MS = 250;

    private final PlutoPipelines pipelines;
    private final ExecutorService queries = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "pluto-progress-query");
        t.setDaemon(true);
        return t;
    });

    public PlutoLiveProgress(PlutoPipelines pipelines) {
        this.pipelines = pipelines;
    }

    public Optional<PipelineProgress> query(PlutoRun run) {
        CompletableFuture<PipelineProgress> call =
                CompletableFuture.supplyAsync(() -> pipelines.workflow(run).getProgress(), queries);
        try {
            return Optional.ofNullable(call.get(DEADLINE_MS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            call.cancel(true);
            return Optional.empty();
        }
    }
}
