package dev.keel.temporal;

import io.temporal.activity.ActivityOptions;
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
}
