package dev.keel.api.autopack.builds;

import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.NewBuildRun;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.autopack.builds.BuildRunInput;
import dev.keel.workflows.autopack.builds.BuildRunWorkflow;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /runs/start: checks the plan, stores run, tiers and phases with the workflow's outbox row in one transaction,
 * then starts the {@link BuildRunWorkflow} (or leaves the start to the outbox dispatcher when Temporal is down).
 */
@Service
class BuildRunStarter {
    static final long DEFAULT_TOKEN_CAP = 5_000_000;
    static final int DEFAULT_MAX_PHASES = 25;
    static final BigDecimal DEFAULT_MAX_MINUTES = BigDecimal.valueOf(120);

    private final BuildRuns runs;
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;

    BuildRunStarter(BuildRuns runs, RunLauncher launcher, TransactionTemplate transactions) {
        this.runs = runs;
        this.launcher = launcher;
        this.transactions = transactions;
    }

    void start(long orgId, RunStartBodies.RunStartRequest body) {
        NewBuildRun run = plan(orgId, body);
        if (runs.exists(orgId, run.runId())) {
            throw ApiException.badRequest("Run " + run.runId() + " already exists");
        }
        String summary = "Autopack build run " + run.runId() + ": " + run.tiers().size() + " tiers, "
                + run.phases().size() + " phases";
        try {
            transactions.executeWithoutResult(tx -> {
                long runPk = runs.insert(orgId, run);
                launcher.enqueue(Launch.of(WorkflowKind.AUTOPACK_BUILD_RUN, orgId, run.runId(), run.workflowId(),
                        BuildRunWorkflow.class, new BuildRunInput(runPk, orgId, run.runId()), summary)
                        .withDetails(details(run)));
            });
        } catch (DuplicateKeyException e) {
            throw ApiException.badRequest("Run " + run.runId() + " already exists");
        }
        launcher.dispatchNow(run.workflowId());
    }

    private static NewBuildRun plan(long orgId, RunStartBodies.RunStartRequest body) {
        RunStartBodies.RunSpec spec = body.run();
        List<RunStartBodies.TierSpec> tiers = body.tiers() == null ? List.of() : body.tiers();
        List<RunStartBodies.PhaseSpec> phases = body.phases() == null ? List.of() : body.phases();
        Set<String> tierIds = new HashSet<>();
        for (RunStartBodies.TierSpec t : tiers) {
            if (!tierIds.add(t.tierId())) {
                throw ApiException.badRequest("Tier " + t.tierId() + " is given twice");
            }
        }
        Set<String> phaseIds = new HashSet<>();
        for (RunStartBodies.PhaseSpec p : phases) {
            if (!phaseIds.add(p.phaseId())) {
                throw ApiException.badRequest("Phase " + p.phaseId() + " is given twice");
            }
            if (!tierIds.contains(p.tierId())) {
                throw ApiException.badRequest("Phase " + p.phaseId() + " references unknown tier " + p.tierId());
            }
        }
        return new NewBuildRun(spec.runId(), WorkflowIds.autopackRun(orgId, spec.runId()),
                orDefault(spec.safetyProfile(), "normal"), orDefault(spec.runScope(), "multi_tier"),
                spec.tokenCap() == null || spec.tokenCap() == 0 ? DEFAULT_TOKEN_CAP : spec.tokenCap(),
                spec.maxPhases() == null || spec.maxPhases() == 0 ? DEFAULT_MAX_PHASES : spec.maxPhases(),
                spec.maxDurationMinutes() == null || spec.maxDurationMinutes().signum() == 0 ? DEFAULT_MAX_MINUTES
                        : spec.maxDurationMinutes(),
                tiers.stream().map(t -> new NewBuildRun.NewTier(t.tierId(), t.tierIndex(), t.name(),
                        t.description())).toList(),
                phases.stream().map(p -> new NewBuildRun.NewPhase(p.phaseId(), p.phaseIndex(), p.tierId(), p.name(),
                        p.description(), p.taskCategory(), p.complexity(), p.builderMode(),
                        Scopes.normalizedJson(p.scope()))).toList());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String details(NewBuildRun run) {
        StringBuilder md = new StringBuilder("**Autopack build run** `" + run.runId() + "`\n\n| tier | phases |\n|---|---|\n");
        for (NewBuildRun.NewTier t : run.tiers()) {
            long count = run.phases().stream().filter(p -> p.tierId().equals(t.tierId())).count();
            md.append("| ").append(t.tierId()).append(" | ").append(count).append(" |\n");
        }
        md.append("\nCaps: ").append(run.tokenCap()).append(" tokens, ").append(run.maxPhases()).append(" phases, ")
                .append(run.maxDurationMinutes().toPlainString()).append(" minutes");
        return md.toString();
    }
}
