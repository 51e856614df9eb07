package dev.keel.workflows.recruiting;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

@ActivityInterface(namePrefix = "Embedding")
public interface EmbeddingActivities {
    /**
     * Embeds the current content of one job or candidate and upserts it keyed by (kind, profile id, model).
     * Idempotent: an unchanged content hash is not recomputed; a deleted profile leaves a tombstone.
     * A missing profile is an outcome, not a failure; an unknown kind fails non-retryably (VALIDATION);
     * model and database errors are retried by Temporal.
     */
    @ActivityMethod
    ProfileEmbeddingResult embedProfile(ProfileEmbeddingInput input);
}
