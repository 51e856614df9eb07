package dev.keel.workflows.studio.runs;

import dev.keel.temporal.ActivityProfiles;
import dev.keel.temporal.Outcomes;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class BenchmarkRunWorkflowImpl implements BenchmarkRunWorkflow {
    /**
     * One streamed call: up to the largest per-call timeout (600 s) plus margin, a heartbeat at least every few
     * seconds while it streams (a dead worker is noticed within 10 s), and few attempts: the call's own failures are
     * recorded as failed runs, so only infrastructure failures (the worker died, the database) are retried.
     */
    static final ActivityOptions CALL = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(660))
            .setHeartbeatTimeout(Duration.ofSeconds(10))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(1))
                    .setMaximumInterval(Duration.ofSeconds(10))
                    .setMaximumAttempts(5)
                    .setDoNotRetry(ActivityProfiles.doNotRetry())
                    .build())
            .build();

    private final BenchmarkActivities records =
            Workflow.newActivityStub(BenchmarkActivities.class, ActivityProfiles.shortIo());
    private final BenchmarkActivities calls = Workflow.newActivityStub(BenchmarkActivities.class, CALL);
    private int current;

    @Override
    public void run(BenchmarkRunInput input) {
        String runId = input.runId();
        try {
            BenchmarkPlan plan = records.plan(runId);
            Workflow.setCurrentDetails("Benchmark " + runId + ": " + plan.total() + " calls in "
                    + plan.groups().size() + " provider group(s)");
            List<Promise<Void>> groups = new ArrayList<>();
            for (BenchmarkPlan.Group group : plan.groups()) {
                groups.add(Async.procedure(() -> runGroup(runId, plan, group)));
            }
            Promise.allOf(groups).get();
            for (Promise<Void> group : groups) {
                group.get();
            }
            records.finish(runId, "completed", null);
            Outcomes.record("completed");
        } catch (CanceledFailure e) {
            recordCancelled(runId);
            throw e;
        } catch (ActivityFailure e) {
            if (CancellationScope.current().isCancelRequested()) {
                recordCancelled(runId);
                throw new CanceledFailure("Cancelled while calls were running");
            }
            String reason = e.getCause() instanceof ApplicationFailure af ? af.getOriginalMessage() : e.getMessage();
            records.finish(runId, "failed", reason);
            Outcomes.record("failed");
        }
    }

    private void runGroup(String runId, BenchmarkPlan plan, BenchmarkPlan.Group group) {
        for (BenchmarkStep step : group.steps()) {
            if (step.skipped()) {
                records.skip(runId, step);
                continue;
            }
            if (step.warmupFirst()) {
                calls.warmUp(runId, step);
            }
            for (int run = 1; run <= plan.runs(); run++) {
                current++;
                calls.measure(new BenchmarkCall(runId, step, run, plan.runs(), current, plan.total()));
            }
        }
    }

    private void recordCancelled(String runId) {
        Workflow.newDetachedCancellationScope(() -> {
            records.finish(runId, "cancelled", "Cancelled");
            Outcomes.record("cancelled");
        }).run();
    }
}
