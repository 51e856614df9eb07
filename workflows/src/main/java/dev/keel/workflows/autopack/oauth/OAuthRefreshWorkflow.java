package dev.keel.workflows.autopack.oauth;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A manual credential refresh: attempts with backoff 5 s x 2^n, up to max_retries retries. */
@WorkflowInterface
public interface OAuthRefreshWorkflow {
    @WorkflowMethod
    String refresh(RefreshRequest request);
}
