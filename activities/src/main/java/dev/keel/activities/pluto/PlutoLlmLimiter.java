package dev.keel.activities.pluto;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps LLM calls in flight in this worker: per pipeline (keel.pluto.llm-concurrency, default 16) and across all
 * pipelines (keel.pluto.llm-global-concurrency, default 32). A 429 pauses new calls of every pipeline until the
 * provider's Retry-After (or an exponential backoff) has passed. Limits are per worker process.
 */
@Component
public class PlutoLlmLimiter {
    private final int perRun;
    private final Semaphore global;
    private final Map<String, RunSlots> runs = new ConcurrentHashMap<>();
    private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong consecutiveRateLimits = new AtomicLong();

    public PlutoLlmLimiter(@Value("${keel.pluto.llm-concurrency:16}") int perRun,
                           @Value("${keel.pluto.llm-global-concurrency:32}") int global) {
        this.perRun = Math.max(1, perRun);
        this.global = new Semaphore(Math.max(1, global), true);
    }

    /**
     * Waits at most the given time for a slot of the run, lower priority values first (the batch's first row);
     * false on timeout (the caller heartbeats and tries again).
     */
    public boolean tryAcquire(String runId, long priority, Duration wait) throws InterruptedException {
        long pause = pausedUntilNanos.get() - System.nanoTime();
        if (pause > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(pause, wait.toNanos()));
            return false;
        }
        RunSlots run = runs.computeIfAbsent(runId, id -> new RunSlots(perRun));
        if (!run.tryAcquire(priority, wait.toMillis())) {
            return false;
        }
        if (!global.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            run.release();
            return false;
        }
        return true;
    }

    public void release(String runId) {
        global.release();
        runs.get(runId).release();
    }

    /** A 429: pause new calls for retryAfter, or 1 s doubling per consecutive 429 up to 30 s. */
    public void rateLimited(Duration retryAfter) {
        long n = consecutiveRateLimits.incrementAndGet();
        Duration pause = retryAfter != null ? retryAfter : Duration.ofSeconds(Math.min(30, 1L << Math.min(n - 1, 5)));
        long until = System.nanoTime() + pause.toNanos();
        pausedUntilNanos.accumulateAndGet(until, Math::max);
    }

    public void succeeded() {
        consecutiveRateLimits.set(0);
    }

    /** Forgets a finished run's slots. */
    public void forget(String runId) {
        runs.remove(runId);
    }
}
