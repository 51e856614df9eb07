package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.runs.StudioRateLimits;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import dev.keel.domain.studio.runs.TargetRef;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.studio.runs.BenchmarkRunInput;
import dev.keel.workflows.studio.runs.BenchmarkRunWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a benchmark: resolves the models against the caller's config, enforces the caller's limits (one active run,
 * or as many as an admin allowed, 409; benchmarks per hour and runs per benchmark, 429) under a lock on the user,
 * and writes the run and its workflow start in one transaction.
 */
@Service
public class BenchmarkStarter {
    /** models x tiers x runs of one benchmark: bounds a run's duration and its workflow history. */
    static final int MAX_CALLS = 1000;
    static final String DEFAULT_PROMPT = "Explain recursion in programming with a simple example.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StudioTargets targets;
    private final StudioRuns runs;
    private final StudioRateLimits limits;
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;

    public BenchmarkStarter(StudioTargets targets, StudioRuns runs, StudioRateLimits limits, RunLauncher launcher,
                            TransactionTemplate transactions) {
        this.targets = targets;
        this.runs = runs;
        this.limits = limits;
        this.launcher = launcher;
        this.transactions = transactions;
    }

    public StudioRun start(Caller caller, BenchmarkRequest body) {
        long userId = StudioCallers.userId(caller);
        List<TargetRef> selected = resolve(userId, body);
        StudioRun.Request request = new StudioRun.Request(
                body.prompt() == null || body.prompt().isBlank() ? DEFAULT_PROMPT : body.prompt(),
                body.maxTokens() == null ? 512 : body.maxTokens(),
                body.temperature() == null ? 0.7 : body.temperature(),
                body.runs() == null ? 3 : body.runs(),
                body.contextTiers() == null || body.contextTiers().isEmpty() ? List.of(0)
                        : List.copyOf(new LinkedHashSet<>(body.contextTiers())),
                body.warmup() == null || body.warmup(),
                body.timeout() == null ? 120 : body.timeout(),
                body.providerParams() == null ? null : JSON.writeValueAsString(body.providerParams()),
                selected, null);
        long calls = (long) selected.size() * request.contextTiers().size() * request.runs();
        if (calls > MAX_CALLS) {
            throw ApiException.unprocessable("A benchmark makes at most " + MAX_CALLS + " calls (models x tiers x runs);"
                    + " this one would make " + calls);
        }
        String runId = UUID.randomUUID().toString().replace("-", "");
        String workflowId = WorkflowKind.STUDIO_BENCHMARK.idPrefix() + runId;
        transactions.executeWithoutResult(tx -> {
            runs.lockUser(userId);
            StudioRateLimits.Limits mine = limits.of(userId);
            if (request.runs() > mine.maxRunsPerBenchmark()) {
                throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "runs exceeds your limit of "
                        + mine.maxRunsPerBenchmark() + " runs per benchmark");
            }
            if (runs.countActive(userId) >= mine.maxConcurrent()) {
                throw ApiException.conflict("Benchmark already running");
            }
            if (runs.countSince(userId, Instant.now().minus(Duration.ofHours(1))) >= mine.benchmarksPerHour()) {
                throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Rate limit exceeded: "
                        + mine.benchmarksPerHour() + " benchmarks per hour", "3600");
            }
            runs.insert(runId, caller.orgId(), userId, workflowId, request);
            launcher.enqueue(Launch.of(WorkflowKind.STUDIO_BENCHMARK, caller.orgId(), runId, workflowId,
                    BenchmarkRunWorkflow.class, new BenchmarkRunInput(runId, caller.orgId()),
                    "Benchmark of " + selected.size() + " model(s), " + request.runs() + " run(s)")
                    .withExecutionTimeout(Duration.ofHours(12)));
        });
        launcher.dispatchNow(workflowId);
        return runs.find(runId).orElseThrow();
    }

    private List<TargetRef> resolve(long userId, BenchmarkRequest body) {
        boolean noModels = body.models() == null || body.models().isEmpty();
        boolean noTargets = body.targets() == null || body.targets().isEmpty();
        if (noModels && noTargets) {
            throw ApiException.unprocessable("models must be a non-empty list (or targets)");
        }
        List<StudioTarget> configured = targets.all(userId);
        List<TargetRef> selected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (!noTargets) {
            for (BenchmarkRequest.Target t : body.targets()) {
                TargetRef ref = new TargetRef(t.providerKey(), t.modelId());
                if (targets.find(userId, t.providerKey(), t.modelId()).isEmpty()) {
                    unknown.add(t.providerKey() + "::" + t.modelId());
                } else if (!selected.contains(ref)) {
                    selected.add(ref);
                }
            }
        }
        if (!noModels) {
            for (String model : body.models()) {
                List<TargetRef> matches = configured.stream().filter(c -> c.modelId().equals(model))
                        .map(c -> new TargetRef(c.providerKey(), c.modelId())).toList();
                if (matches.isEmpty()) {
                    unknown.add(model);
                }
                matches.stream().filter(m -> !selected.contains(m)).forEach(selected::add);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("Not in your configuration: " + String.join(", ", unknown));
        }
        return selected;
    }
}
