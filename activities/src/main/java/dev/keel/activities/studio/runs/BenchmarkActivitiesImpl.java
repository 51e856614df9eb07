package dev.keel.activities.studio.runs;

import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.runs.BenchmarkEvents;
import dev.keel.domain.studio.runs.ContextTiers;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioResults;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import dev.keel.domain.studio.runs.TargetRef;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.studio.runs.BenchmarkActivities;
import dev.keel.workflows.studio.runs.BenchmarkCall;
import dev.keel.workflows.studio.runs.BenchmarkPlan;
import dev.keel.workflows.studio.runs.BenchmarkStep;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component("studioBenchmarkActivities")
public class BenchmarkActivitiesImpl implements BenchmarkActivities {
    private final StudioRuns runs;
    private final StudioResults results;
    private final StudioTargets targets;
    private final BenchmarkEvents events;
    private final RunIndex runIndex;
    private final BenchmarkMeasurement measurement;
    private final TransactionTemplate transactions;

    public BenchmarkActivitiesImpl(StudioRuns runs, StudioResults results, StudioTargets targets,
                                   BenchmarkEvents events, RunIndex runIndex, BenchmarkMeasurement measurement,
                                   TransactionTemplate transactions) {
        this.runs = runs;
        this.results = results;
        this.targets = targets;
        this.events = events;
        this.runIndex = runIndex;
        this.measurement = measurement;
        this.transactions = transactions;
    }

    @Override
    public BenchmarkPlan plan(String runId) {
        StudioRun run = run(runId);
        List<StudioTarget> resolved = new ArrayList<>();
        for (TargetRef ref : run.targets()) {
            resolved.add(targets.find(run.userId(), ref.providerKey(), ref.modelId()).orElseThrow(() ->
                    ApplicationFailure.newNonRetryableFailure("Model " + ref.modelId() + " of provider "
                            + ref.providerKey() + " is no longer configured", FailureType.NOT_FOUND.type())));
        }
        BenchmarkPlan plan = BenchmarkPlanner.plan(run, resolved);
        runs.setTotal(runId, plan.total());
        return plan;
    }

    @Override
    public void skip(String runId, BenchmarkStep step) {
        StudioRun run = run(runId);
        StudioTarget target = target(run, step);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("provider", target.providerKey());
        data.put("model", target.displayName());
        data.put("model_id", target.modelId());
        data.put("context_tokens", step.contextTokens());
        data.put("reason", ContextTiers.skipReason(step.contextTokens(), target.contextWindow()));
        long indexId = indexId(run);
        whileRunning(runId, () -> events.append(indexId, runId, "skipped", data,
                BenchmarkEvents.key("skipped", step.providerKey(), step.modelId(), step.contextTokens(), 0)));
    }

    @Override
    public void warmUp(String runId, BenchmarkStep step) {
        StudioRun run = run(runId);
        measurement.warmUp(Activity.getExecutionContext(), run, target(run, step));
    }

    @Override
    public void measure(BenchmarkCall call) {
        StudioRun run = run(call.runId());
        BenchmarkStep step = call.step();
        StudioTarget target = target(run, step);
        long indexId = indexId(run);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("current", call.current());
        progress.put("total", call.total());
        progress.put("provider", target.providerKey());
        progress.put("model", target.displayName());
        progress.put("model_id", target.modelId());
        progress.put("run", call.runIndex());
        progress.put("runs", call.runs());
        progress.put("context_tokens", step.contextTokens());
        boolean running = whileRunning(run.id(), () -> events.append(indexId, run.id(), "progress", progress,
                BenchmarkEvents.key("progress", step.providerKey(), step.modelId(), step.contextTokens(),
                        call.runIndex())));
        if (!running) {
            return;
        }
        StudioResult existing = existing(run.id(), step, call.runIndex());
        StudioResult result = existing != null ? existing : measurement.measure(Activity.getExecutionContext(), run,
                target, step.contextTokens(), call.runIndex());
        // with the run row locked, so a cancellation closes the run either before or after this result, never between
        whileRunning(run.id(), () -> {
            results.insert(result);
            events.append(indexId, run.id(), "result", ResultEvents.fields(result, call.runs()),
                    BenchmarkEvents.key("result", step.providerKey(), step.modelId(), step.contextTokens(),
                            call.runIndex()));
        });
    }

    @Override
    public void finish(String runId, String status, String error) {
        StudioRun run = run(runId);
        transactions.executeWithoutResult(tx -> {
            runs.finish(runId, status, error);
            RunRecord index = runIndex.findByWorkflowId(run.workflowId()).orElse(null);
            if (index == null) {
                return;
            }
            events.appendFinal(index.id(), runId, status, error);
            RunStatus closed = switch (status) {
                case StudioRun.COMPLETED -> RunStatus.COMPLETED;
                case StudioRun.CANCELLED -> RunStatus.CANCELLED;
                default -> RunStatus.FAILED;
            };
            runIndex.close(run.workflowId(), closed, status, error);
        });
    }

    private boolean whileRunning(String runId, Runnable write) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!runs.lockRunning(runId)) {
                return false;
            }
            write.run();
            return true;
        }));
    }

    private StudioResult existing(String runId, BenchmarkStep step, int runIndex) {
        return results.ofRun(runId).stream()
                .filter(r -> r.providerKey().equals(step.providerKey()) && r.modelId().equals(step.modelId())
                        && r.contextTokens() == step.contextTokens() && r.runIndex() == runIndex)
                .findFirst().orElse(null);
    }

    private StudioRun run(String runId) {
        return runs.find(runId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Benchmark run " + runId + " no longer exists", FailureType.NOT_FOUND.type()));
    }

    private StudioTarget target(StudioRun run, BenchmarkStep step) {
        return targets.find(run.userId(), step.providerKey(), step.modelId()).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("Model " + step.modelId() + " is no longer configured",
                        FailureType.NOT_FOUND.type()));
    }

    private long indexId(StudioRun run) {
        return runIndex.findByWorkflowId(run.workflowId()).map(RunRecord::id).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("No run index row for " + run.workflowId(),
                        FailureType.NOT_FOUND.type()));
    }
}
