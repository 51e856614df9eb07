package dev.keel.workflows.autopack.storage;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface StorageScanActivities {
    /**
     * Walks the scan's target, committing counts and candidates to PostgreSQL in bounded batches and heartbeating
     * the committed position. A retried attempt resumes after the last committed entry: every file counts once.
     */
    WalkSummary walk(ScanRef scan);

    /** Ends the scan (completed or failed, with the error) and its run index row. Idempotent. */
    void finish(ScanRef scan, String status, String error);

    /** Sends the scan's summary with the storage approval buttons to Telegram, when Telegram is configured. */
    void announce(ScanRef scan);
}
