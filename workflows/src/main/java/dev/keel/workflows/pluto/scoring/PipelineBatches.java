package dev.keel.workflows.pluto.scoring;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import dev.keel.temporal.ActivityProfiles;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** The two batch phases of a pipeline, and the activity stubs that run them (with a summary per batch). */
enum PipelineBatches {
    EXTRACT("extract"),
    SCORE("score");

    static final Duration SPREAD_HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

    private final String verb;

    PipelineBatches(String verb) {
        this.verb = verb;
    }

    /**
     * The batch activity of this phase; with summaries (versioned change) it names the rows it covers; spread over
     * the fleet (versioned change): no eager dispatch to this worker, and a 10 s heartbeat timeout.
     */
    Functions.Func1<BatchRef, BatchResult> activity(boolean withSummary, boolean spread, BatchRef ref) {
        PlutoScoringActivities stub = stub(withSummary, spread, verb + " rows " + ref.fromRow() + "-" + ref.toRow()
                + (ref.useAi() ? "" : " (no LLM)"));
        return this == EXTRACT ? stub::extractBatch : stub::scoreBatch;
    }

    static PlutoScoringActivities stub(boolean withSummary, String summary) {
        return stub(withSummary, false, summary);
    }

    private static PlutoScoringActivities stub(boolean withSummary, boolean spread, String summary) {
        ActivityOptions.Builder options = ActivityOptions.newBuilder(options());
        if (withSummary) {
            options.setSummary(summary);
        }
        if (spread) {
            // batches go through the task queue to any worker of the fleet, and a dead worker's batch moves on
            // within 10 s (the runner heartbeats every 0.5 s)
            options.setDisableEagerExecution(true).setHeartbeatTimeout(SPREAD_HEARTBEAT_TIMEOUT);
        }
        return Workflow.newActivityStub(PlutoScoringActivities.class, options.build());
    }

    private static ActivityOptions options() {
        // Long batch activities heartbeat; a dead worker is noticed within the heartbeat timeout and the batch
        // resumes elsewhere, skipping the rows already written. 20 attempts: a batch that keeps failing (provider
        // down for ~15 minutes) fails the run instead of retrying forever.
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofMinutes(30))
                .setHeartbeatTimeout(Duration.ofSeconds(20))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setMaximumAttempts(20)
                        .setDoNotRetry(ActivityProfiles.doNotRetry())
                        .build())
                .build();
    }
}
