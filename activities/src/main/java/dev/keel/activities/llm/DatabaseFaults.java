package dev.keel.activities.llm;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import java.sql.SQLTransientException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Tells a database outage (no connection, connection lost, server shutting down, timeout) from a bug, and logs
 * one line when an outage starts and one when it ends, whatever the number of callers that saw it.
 */
@Component
public class DatabaseFaults {
    private static final Logger log = LoggerFactory.getLogger(DatabaseFaults.class);

    private final AtomicBoolean down = new AtomicBoolean();

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57"))) {
                return true;
            }
        }
        return false;
    }

    /** Records an outage seen while doing what; logs only the first of a series. */
    public void failed(String what, Throwable e) {
        if (down.compareAndSet(false, true)) {
            log.warn("Database unavailable ({}): {}; LLM calls stop until it is back", what, rootMessage(e));
        }
    }

    public void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("Database available again");
        }
    }

    /**
     * Runs a database write, retrying it through an outage for up to patience (backoff 100 ms doubling to 1 s), so
     * a short fault does not lose what the write carries; other failures are thrown at once.
     */
    public <T> T retrying(String what, Duration patience, Supplier<T> write) {
        long deadline = System.nanoTime() + patience.toNanos();
        long backoff = 100;
        while (true) {
            try {
                T result = write.get();
                succeeded();
                return result;
            } catch (RuntimeException e) {
                if (!isOutage(e) || System.nanoTime() + backoff * 1_000_000 > deadline) {
                    throw e;
                }
                failed(what, e);
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + what, e);
            }
            backoff = Math.min(1000, backoff * 2);
        }
    }

    public boolean down() {
        return down.get();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
