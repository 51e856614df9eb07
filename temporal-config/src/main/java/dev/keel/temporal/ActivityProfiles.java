package dev.keel.temporal;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Activity timeouts and retry policies shared by the workflows, named by the kind of work. */
public final class ActivityProfiles {
    private ActivityProfiles() {
    }

    /** Short database writes and external notifications: retried with backoff, non-retryable types stop at once. */
    public static ActivityOptions shortIo() {
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(500))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setDoNotRetry(FailureType.all())
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
                        .setDoNotRetry(FailureType.all())
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
                        .setDoNotRetry(FailureType.all())
                        .build())
                .build();
    }

    /**
     * A short database write done as a local activity: it runs inside the workflow task, so a decision is
     * recorded without another round trip through the server (webhook-to-decision latency).
     */
    public static LocalActivityOptions localDbWrite() {
        return LocalActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(200))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofSeconds(30))
                        .setDoNotRetry(FailureType.all())
                        .build())
                .build();
    }
}
