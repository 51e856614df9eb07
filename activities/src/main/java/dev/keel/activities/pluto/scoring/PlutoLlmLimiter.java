package dev.keel.activities.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoSettings;
import dev.keel.activities.llm.LlmFleetBudget;
import dev.keel.domain.llm.LlmSlotLease;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Caps LLM calls in flight at three levels: the fleet-wide budget of the provider and model
 * ({@link LlmFleetBudget}, KEEL_LLM_MAX_CONCURRENCY across every worker process), and in this process per pipeline
 * (PLUTO_LLM_CONCURRENCY; slots handed to the oldest batch first) and across pipelines
 * (PLUTO_LLM_GLOBAL_CONCURRENCY). A 429 pauses the whole fleet.
 */
@Component
public class PlutoLlmLimiter {
    /** One call's slots; given back through {@link #release(Permit)}. */
    public record Permit(String runId, LlmSlotLease lease) {
    }

    private final int perRun;
    private final Semaphore process;
    private final LlmFleetBudget fleet;
    private final Map<String, RunSlots> runs = new ConcurrentHashMap<>();

    @Autowired
    public PlutoLlmLimiter(PlutoSettings settings, LlmFleetBudget fleet) {
        this(settings.llmConcurrency(), settings.llmGlobalConcurrency(), fleet);
    }

    PlutoLlmLimiter(int perRun, int process, LlmFleetBudget fleet) {
        this.perRun = perRun;
        this.process = new Semaphore(process, true);
        this.fleet = fleet;
    }

    /**
     * Waits at most the given time for a slot of the run, lower priority values first (the batch's first row);
     * null on timeout (the caller heartbeats and tries again). A database fault is thrown: no slot, no call.
     */
    public Permit tryAcquire(String runId, long priority, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        RunSlots run = runs.computeIfAbsent(runId, id -> new RunSlots(perRun));
        if (!run.tryAcquire(priority, wait.toMillis())) {
            return null;
        }
        Permit permit = null;
        try {
            if (process.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                try {
                    LlmSlotLease lease = fleet.tryTake(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                    permit = lease == null ? null : new Permit(runId, lease);
                } finally {
                    if (permit == null) {
                        process.release();
                    }
                }
            }
            return permit;
        } finally {
            if (permit == null) {
                run.release();
            }
        }
    }

    public void release(Permit permit) {
        try {
            fleet.giveBack(permit.lease());
        } finally {
            process.release();
            RunSlots run = runs.get(permit.runId());
            if (run != null) {
                run.release();
            }
        }
    }

    /** A 429: the fleet pauses for retryAfter, or 1 s doubling per consecutive 429 up to 30 s. */
    public void rateLimited(Duration retryAfter) {
        fleet.rateLimited(retryAfter);
    }

    public void succeeded() {
        fleet.succeeded();
    }

    /** Forgets a finished run's slots. */
    public void forget(String runId) {
        runs.remove(runId);
    }
}
