package dev.keel.workflows.autopack.storage;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The walk heartbeats its committed position: a dead worker is noticed within the heartbeat timeout and the next
 * attempt resumes from the position in PostgreSQL. History holds ids and totals only.
 */
public class StorageScanWorkflowImpl implements StorageScanWorkflow {
    static final ActivityOptions WALK = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(6))
            .setHeartbeatTimeout(Duration.ofSeconds(10))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(1))
                    .setBackoffCoefficient(2.0)
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .setMaximumAttempts(20)
                    .setDoNotRetry(ActivityProfiles.doNotRetry())
                    .build())
            .build();

    private final StorageScanActivities walker = Workflow.newActivityStub(StorageScanActivities.class, WALK);
    private final StorageScanActivities records =
            Workflow.newActivityStub(StorageScanActivities.class, ActivityProfiles.shortIo());
    private final StorageScanActivities telegram =
            Workflow.newActivityStub(StorageScanActivities.class, ActivityProfiles.notification());

    @Override
    public WalkSummary scan(ScanRef scan) {
        WalkSummary summary;
        try {
            summary = walker.walk(scan);
        } catch (ActivityFailure e) {
            records.finish(scan, "failed", message(e));
            throw e;
        } catch (CanceledFailure e) {
            Workflow.newDetachedCancellationScope(() -> records.finish(scan, "failed", "cancelled")).run();
            throw e;
        }
        records.finish(scan, "completed", null);
        try {
            telegram.announce(scan);
        } catch (ActivityFailure e) {
            // the scan is complete either way; its summary can be read over HTTP
        }
        return summary;
    }

    private static String message(ActivityFailure failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
