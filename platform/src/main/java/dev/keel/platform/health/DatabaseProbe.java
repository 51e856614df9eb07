package dev.keel.platform.health;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code SELECT 1} within a deadline: "connected", "unreachable" or "error", never the driver's text (that goes to
 * the log, once per change of state). At most one probe runs at a time: callers during a hanging probe share it.
 */
@Component
public class DatabaseProbe {
    public static final String CONNECTED = "connected";
    public static final String UNREACHABLE = "unreachable";
    public static final String ERROR = "error";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);

    private final JdbcTemplate jdbc;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> lastState = new AtomicReference<>(CONNECTED);
    private CompletableFuture<String> inFlight;

    public DatabaseProbe(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(1);
    }

    public String check(Duration budget) {
        return checkAsync(budget).join();
    }

    /** Completes within {@code budget} without holding the caller's thread. */
    public CompletableFuture<String> checkAsync(Duration budget) {
        return probe().copy().completeOnTimeout(null, budget.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(state -> state != null ? state
                        : changed(UNREACHABLE, "no answer within " + budget.toMillis() + " ms"));
    }

    private synchronized CompletableFuture<String> probe() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::query, executor);
        }
        return inFlight;
    }

    private String query() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return changed(CONNECTED, null);
        } catch (DataAccessResourceFailureException | QueryTimeoutException e) {
            return changed(UNREACHABLE, e.getMessage());
        } catch (RuntimeException e) {
            return changed(ERROR, e.getMessage());
        }
    }

    private String changed(String state, String reason) {
        String before = lastState.getAndSet(state);
        if (!state.equals(before)) {
            if (state.equals(CONNECTED)) {
                LOG.info("PostgreSQL answers again (was {})", before);
            } else {
                LOG.warn("PostgreSQL is {}: {}", state, reason == null ? "" : reason.replaceAll("\\s+", " "));
            }
        }
        return state;
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
