package dev.keel.api.autopack.oauth;

import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.autopack.oauth.OAuthRefreshWorkflow;
import dev.keel.workflows.autopack.oauth.RefreshRequest;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts an OAuthRefreshWorkflow through the run launcher; one refresh at a time per (org, provider). */
@Service
public class OAuthRefreshes {
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;

    public OAuthRefreshes(RunLauncher launcher, TransactionTemplate transactions) {
        this.launcher = launcher;
        this.transactions = transactions;
    }

    /** True when a new refresh was queued, false when one is already running. */
    boolean start(long orgId, String provider, int maxRetries) {
        String workflowId = WorkflowIds.autopackOAuthRefresh(orgId, provider);
        Optional<Long> run = transactions.execute(tx -> launcher.enqueue(Launch.of(WorkflowKind.AUTOPACK_OAUTH_REFRESH,
                orgId, provider, workflowId, OAuthRefreshWorkflow.class, new RefreshRequest(orgId, provider, maxRetries),
                "OAuth refresh of " + provider).reusingClosedId()));
        if (run == null || run.isEmpty()) {
            return false;
        }
        // not started yet (Temporal unreachable): the outbox starts it when Temporal is back; still queued
        launcher.dispatchNow(workflowId);
        return true;
    }
}
