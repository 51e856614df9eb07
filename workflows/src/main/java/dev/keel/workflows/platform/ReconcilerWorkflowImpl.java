package dev.keel.workflows.platform;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ReconcilerWorkflowImpl implements ReconcilerWorkflow {
    static final int RUNS_PER_PASS = 500;

    // Two attempts: the schedule starts a new pass a minute later anyway.
    private final ReconcilerActivities activities = Workflow.newActivityStub(ReconcilerActivities.class,
            ActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofMinutes(2))
                    .setHeartbeatTimeout(Duration.ofSeconds(30))
                    .setSummary("check up to " + RUNS_PER_PASS + " open runs against Temporal")
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2)
                            .setDoNotRetry(ActivityProfiles.doNotRetry()).build())
                    .build());

    @Override
    public ReconcileReport reconcile() {
        ReconcileReport report = activities.reconcileOpenRuns(RUNS_PER_PASS);
        Workflow.setCurrentDetails("Checked " + report.checked() + " open runs, closed " + report.closed()
                + (report.errors() > 0 ? ", " + report.errors() + " checks failed" : ""));
        return report;
    }
}
