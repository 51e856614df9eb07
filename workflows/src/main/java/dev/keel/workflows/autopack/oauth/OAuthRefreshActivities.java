package dev.keel.workflows.autopack.oauth;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface OAuthRefreshActivities {
    /** One refresh_token grant; stores the new tokens (sealed) or the failure, and the events. */
    RefreshAttempt refreshOnce(RefreshRequest request, int attempt);

    /** Appends a lifecycle event (refresh_retry, refresh_exhausted). */
    void event(RefreshRequest request, String type, String result, String details);

    /** Closes the run index row of this refresh. */
    void close(RefreshRequest request, String workflowId, String outcome);
}
