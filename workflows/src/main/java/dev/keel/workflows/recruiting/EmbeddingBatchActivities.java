package dev.keel.workflows.recruiting;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

@ActivityInterface(namePrefix = "EmbeddingBatch")
public interface EmbeddingBatchActivities {
    /**
     * Embeds the current content of every listed profile of the org in one model call and upserts the vectors
     * keyed by (kind, profile id, model); heartbeats between steps. Idempotent: unchanged content hashes are
     * skipped, gone or blank profiles get a tombstone (no vector: they match by keywords), never a failure.
     * Unknown kinds and model rejections fail non-retryably (VALIDATION, AUTH, UPSTREAM_REJECTED); model and
     * database errors are retried by Temporal.
     */
    @ActivityMethod
    ProfileEmbeddingBatchResult embedProfiles(ProfileEmbeddingBatchInput input);

    /** Records the batch run's final status in Keel's run index (keyed by workflow id); safe to repeat. */
    @ActivityMethod
    void recordOutcome(EmbeddingBatchOutcome outcome);
}
