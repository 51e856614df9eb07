package dev.keel.workflows.platform;

import io.temporal.activity.ActivityInterface;

/** Keel's housekeeping activities. */
@ActivityInterface(namePrefix = "Reconciler")
public interface ReconcilerActivities {
    /**
     * Checks up to {@code limit} open runs of the run index (least recently checked first) against Temporal and
     * closes, with the product's state, every run whose workflow is closed without Keel having recorded it
     * (terminated, cancelled, timed out, failed, reset away, or gone). Idempotent: a closed run is never reopened
     * and the first close wins. Heartbeats once per run.
     */
    ReconcileReport reconcileOpenRuns(int limit);
}
