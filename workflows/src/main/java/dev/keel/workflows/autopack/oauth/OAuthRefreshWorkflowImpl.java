package dev.keel.workflows.autopack.oauth;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The token endpoint is called once per attempt (a refresh may rotate the refresh token, so the call itself is never
 * repeated by Temporal); the workflow sleeps 5 s x 2^n between attempts that failed retryably. invalid_grant and
 * other refusals end it at once.
 */
public class OAuthRefreshWorkflowImpl implements OAuthRefreshWorkflow {
    static final Duration BASE_BACKOFF = Duration.ofSeconds(5);

    private final OAuthRefreshActivities call = Workflow.newActivityStub(OAuthRefreshActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(45))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build());
    private final OAuthRefreshActivities records =
            Workflow.newActivityStub(OAuthRefreshActivities.class, ActivityProfiles.shortIo());

    @Override
    public String refresh(RefreshRequest request) {
        String workflowId = Workflow.getInfo().getWorkflowId();
        String outcome = "failed";
        for (int attempt = 0; attempt <= request.maxRetries(); attempt++) {
            RefreshAttempt result = call.refreshOnce(request, attempt + 1);
            if (result.success()) {
                outcome = "success";
                break;
            }
            if (!result.retryable()) {
                outcome = result.result();
                break;
            }
            if (attempt == request.maxRetries()) {
                records.event(request, "refresh_exhausted", result.result(),
                        "gave up after " + (attempt + 1) + " attempts");
                outcome = "exhausted";
                break;
            }
            Duration backoff = BASE_BACKOFF.multipliedBy(1L << attempt);
            records.event(request, "refresh_retry", result.result(), "next attempt in " + backoff.toSeconds() + " s");
            Workflow.sleep(backoff);
        }
        records.close(request, workflowId, outcome);
        return outcome;
    }
}
