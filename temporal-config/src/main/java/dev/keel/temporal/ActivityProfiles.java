package dev.keel.temporal;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Activity timeouts and retry policies shared by the workflows, named by the kind of work. */
public final class ActivityProfiles {
    /**
     * Exceptions that only a bug or bad input raises: retrying the same input fails the same way, so they
     * stop at once like the {@link FailureType}s (Temporal matches the exception's class name exactly).
     */
    private static final String[] DETERMINISTIC_ERRORS = {
        "java.lang.IllegalArgumentException",
        "java.lang.NumberFormatException",
        "java.lang.NullPointerException",
        "java.lang.ClassCastException",
        "java.lang.ArithmeticException",
        "java.lang.IndexOutOfBoundsException",
        "java.lang.ArrayIndexOutOfBoundsException",
        "java.lang.StringIndexOutOfBoundsException",
        "java.lang.UnsupportedOperationException",
        "java.nio.charset.MalformedInputException",
        // A constraint or data error (check constraint, NUL byte, value out of range) fails the same way each time;
        // its subclass DuplicateKeyException is left retryable, since a retry after a race finds the row.
        "org.springframework.dao.DataIntegrityViolationException",
    };

    private ActivityProfiles() {
    }

    /** Failure types no retry policy retries: every {@link FailureType} and the deterministic JDK errors. */
    public static String[] doNotRetry() {
        String[] types = FailureType.all();
        String[] all = new String[types.length + DETERMINISTIC_ERRORS.length];
        System.arraycopy(types, 0, all, 0, types.length);
        System.arraycopy(DETERMINISTIC_ERRORS, 0, all, types.length, DETERMINISTIC_ERRORS.length);
        return all;
    }

    /**
     * Short database writes: retried with backoff, deterministic failures stop at once. Attempts are not capped on
     * purpose: the writes are idempotent and their only expected failures are transient (PostgreSQL restarting,
     * the connection budget exhausted), and a run must outlast such an outage rather than fail because of it.
     * Work that can fail for other reasons (model calls, parsing) uses a capped profile or caps this one.
     */
    public static ActivityOptions shortIo() {
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(500))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setDoNotRetry(doNotRetry())
                        .build())
                .build();
    }

    /**
     * One LLM call (client retries off): a few attempts with backoff for transient errors and malformed output,
     * so the workflow can fall back to a deterministic path soon.
     */
    public static ActivityOptions llmCall() {
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(90))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofSeconds(10))
                        .setMaximumAttempts(3)
                        .setDoNotRetry(doNotRetry())
                        .build())
                .build();
    }

    /**
     * Outbound notifications (Telegram): short attempts, retried with backoff for at most 10 minutes in all,
     * so a dead upstream gives up instead of retrying forever; non-retryable types stop at once.
     */
    public static ActivityOptions notification() {
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(15))
                .setScheduleToCloseTimeout(Duration.ofMinutes(10))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setDoNotRetry(doNotRetry())
                        .build())
                .build();
    }

    /**
     * A short database write done as a local activity: it runs inside the workflow task, so a decision is
     * recorded without another round trip through the server (webhook-to-decision latency). Not capped, for the
     * reason given on {@link #shortIo()}: an idempotent write that must land once the database is back.
     */
    public static LocalActivityOptions localDbWrite() {
        return LocalActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(200))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofSeconds(30))
                        .setDoNotRetry(doNotRetry())
                        .build())
                .build();
    }
}
