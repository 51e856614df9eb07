package dev.keel.activities.pluto.scoring;

import dev.keel.activities.llm.DatabaseFaults;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * Runs one LLM step over a batch's rows, as many at once as PlutoLlmLimiter allows, heartbeating from the activity
 * thread. Rows the provider refused for good go to the fallback with the reason. When rows failed transiently the
 * batch ends with a retryable failure, so Temporal retries it (with the provider's Retry-After when rate limited)
 * and only those rows are called again. When the database is unreachable (taking a slot or writing a row fails) it
 * launches no more calls, lets those in flight finish (their answers are held) and fails fast, retryable.
 */
@Component
public class PlutoBatchRunner {
    private static final Duration POLL = Duration.ofMillis(500);

    static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

    private final PlutoLlmLimiter limiter;
    private final PlutoProgress progress;
    private final DatabaseFaults faults;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pluto-llm");
        t.setDaemon(true);
        return t;
    });

    public PlutoBatchRunner(PlutoLlmLimiter limiter, PlutoProgress progress, DatabaseFaults faults) {
        this.limiter = limiter;
        this.progress = progress;
        this.faults = faults;
    }

    /** Returns rows done and the reason the provider became unavailable (null if it did not). */
    public record Summary(int done, String unavailable) {
    }

    public Summary run(String runId, List<StoredPlutoCandidate> rows, BiFunction<StoredPlutoCandidate, Runnable, RowOutcome> step,
                       BiConsumer<StoredPlutoCandidate, String> fallback) {
        ActivityExecutionContext ctx = Activity.getExecutionContext();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean databaseDown = new AtomicBoolean();
        List<Future<RowOutcome>> calls = new ArrayList<>();
        try {
            for (StoredPlutoCandidate row : rows) {
                PlutoLlmLimiter.Permit permit = databaseDown.get() ? null : acquire(ctx, runId, rows.get(0), done);
                if (permit == null) {
                    databaseDown.set(true);
                    break; // no database, no call: its answer could not be written
                }
                calls.add(pool.submit(() -> call(permit, row, step, done, databaseDown)));
                ctx.heartbeat(done.get());
                progress.maybeReport(runId);
            }
            List<RowOutcome> outcomes = new ArrayList<>();
            for (Future<RowOutcome> call : calls) {
                outcomes.add(await(ctx, call, done));
                progress.maybeReport(runId);
            }
            if (databaseDown.get()) {
                throw ApplicationFailure.newFailure("The database is unavailable: " + (rows.size() - done.get())
                        + " of " + rows.size() + " rows left for the next attempt", DATABASE_UNAVAILABLE);
            }
            return settle(rows, outcomes, fallback);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            calls.forEach(c -> c.cancel(true));
            throw ApplicationFailure.newFailure("batch interrupted", "INTERRUPTED");
        } catch (RuntimeException e) {
            calls.forEach(c -> c.cancel(true)); // cancelled activity, or a bug: stop calling the provider
            throw e;
        }
    }

    /** A slot for the row's call, heartbeating while waiting; null when the database is unreachable. */
    private PlutoLlmLimiter.Permit acquire(ActivityExecutionContext ctx, String runId, StoredPlutoCandidate first,
                                           AtomicInteger done) throws InterruptedException {
        while (true) {
            PlutoLlmLimiter.Permit permit;
            try {
                permit = limiter.tryAcquire(runId, first.rowNumber(), POLL);
            } catch (RuntimeException e) {
                if (!DatabaseFaults.isOutage(e)) {
                    throw e;
                }
                faults.failed("taking an LLM slot", e);
                return null;
            }
            if (permit != null) {
                return permit;
            }
            ctx.heartbeat(done.get());
            progress.maybeReport(runId);
        }
    }

    private RowOutcome call(PlutoLlmLimiter.Permit permit, StoredPlutoCandidate row,
                            BiFunction<StoredPlutoCandidate, Runnable, RowOutcome> step, AtomicInteger done,
                            AtomicBoolean databaseDown) {
        // the slot is given back as soon as the LLM answered: the row's database write is not a call
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                limiter.release(permit);
            }
        };
        try {
            RowOutcome outcome = step.apply(row, release);
            if (outcome.kind() == RowOutcome.Kind.DONE) {
                done.incrementAndGet();
            } else if (outcome.kind() == RowOutcome.Kind.DATABASE) {
                databaseDown.set(true);
            }
            return outcome;
        } finally {
            release.run();
        }
    }

    private static RowOutcome await(ActivityExecutionContext ctx, Future<RowOutcome> call, AtomicInteger done)
            throws InterruptedException {
        while (true) {
            try {
                return call.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                ctx.heartbeat(done.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    private Summary settle(List<StoredPlutoCandidate> rows, List<RowOutcome> outcomes,
                           BiConsumer<StoredPlutoCandidate, String> fallback) {
        String unavailable = null;
        int done = 0;
        Duration retryAfter = null;
        Map<String, List<Long>> retryRowsByReason = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowOutcome o = outcomes.get(i);
            switch (o.kind()) {
                case DONE -> done++;
                case RETRY, RATE_LIMITED -> {
                    retryRowsByReason.computeIfAbsent(o.reason() == null ? "transient LLM failure" : o.reason(),
                            k -> new ArrayList<>()).add(rows.get(i).rowNumber());
                    if (o.kind() == RowOutcome.Kind.RATE_LIMITED) {
                        retryAfter = o.retryAfter() != null ? o.retryAfter() : Duration.ofSeconds(2);
                    }
                }
                case DATABASE -> throw new IllegalStateException("settled a batch with a database fault");
                case UNAVAILABLE -> {
                    unavailable = o.reason();
                    fallback.accept(rows.get(i), o.reason());
                    done++;
                }
            }
        }
        if (!retryRowsByReason.isEmpty()) {
            String message = retryMessage(rows, retryRowsByReason);
            throw retryAfter == null ? ApplicationFailure.newFailure(message, "LLM_RETRY")
                    : ApplicationFailure.newFailureWithCauseAndDelay(message, "LLM_RATE_LIMITED", null, retryAfter);
        }
        return new Summary(done, unavailable);
    }

    /** "3 of 100 rows (rows 1-100) will be retried: rows 4, 17: 503 from the LLM; row 9: 429 rate limited". */
    static String retryMessage(List<StoredPlutoCandidate> rows, Map<String, List<Long>> rowsByReason) {
        int failing = rowsByReason.values().stream().mapToInt(List::size).sum();
        StringBuilder text = new StringBuilder().append(failing).append(" of ").append(rows.size())
                .append(" rows (rows ").append(rows.get(0).rowNumber()).append("-")
                .append(rows.get(rows.size() - 1).rowNumber()).append(") failed for now and will be retried:");
        rowsByReason.forEach((reason, numbers) -> {
            List<Long> named = numbers.subList(0, Math.min(20, numbers.size()));
            text.append(numbers.size() == 1 ? " row " : " rows ").append(named.toString(), 1,
                    named.toString().length() - 1).append(numbers.size() > named.size() ? ", ..." : "")
                    .append(": ").append(reason.length() > 200 ? reason.substring(0, 200) + "..." : reason)
                    .append(";");
        });
        text.setLength(text.length() - 1);
        return text.toString();
    }
}
