package dev.keel.workflows.autopack.builds;

import dev.keel.temporal.Outcomes;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

public class BuildRunWorkflowImpl implements BuildRunWorkflow {
    private final BuildRunInput input;
    private final Map<String, PhaseSlot> phases = new LinkedHashMap<>();
    private final Queue<RiskyPhaseGate.Decided> decided = new ArrayDeque<>();
    private BuildPlan plan;
    private RunState state = RunState.RUN_CREATED;
    private String failureReason;
    private long version;
    private int startedPhases;

    @WorkflowInit
    public BuildRunWorkflowImpl(BuildRunInput input) {
        this.input = input;
    }

    @Override
    public RunState run(BuildRunInput ignored) {
        plan = BuildStubs.store().loadPlan(input);
        plan.phases().forEach(p -> phases.put(p.phaseId(), new PhaseSlot(p)));
        long left = plan.startedAtMillis() + plan.maxDurationMillis() - Workflow.currentTimeMillis();
        Promise<?>[] timer = new Promise<?>[1];
        CancellationScope timerScope = Workflow.newCancellationScope(() -> timer[0] = Workflow.newTimer(
                Duration.ofMillis(Math.max(1, left)), TimerOptions.newBuilder().setSummary("max duration").build()));
        timerScope.run();
        details();
        while (!state.done()) {
            Workflow.await(() -> state.done() || timer[0].isCompleted() || !decided.isEmpty());
            while (!decided.isEmpty()) {
                applyDecision(decided.poll());
            }
            if (!state.done() && timer[0].isCompleted()) {
                end(RunState.DONE_FAILED_BUDGET_EXHAUSTED, "max_duration_minutes exceeded: the run took longer"
                        + " than " + plan.maxDurationMillis() / 1000.0 + " s");
                save(null);
            }
        }
        if (!timer[0].isCompleted()) {
            timerScope.cancel();
        }
        Workflow.await(Workflow::isEveryHandlerFinished);
        save(null);
        Outcomes.record(state.name().toLowerCase());
        return state;
    }

    @Override
    public PhaseAnswer updateStatus(PhaseStatusChange change) {
        PhaseSlot phase = ready(change.phaseId());
        validateUpdateStatus(change);
        if (change.state() != PhaseState.QUEUED) {
            start(phase);
        }
        phase.state = change.state();
        if (change.builderAttempts() != null) {
            phase.builderAttempts = change.builderAttempts();
        }
        if (change.tokensUsed() != null) {
            phase.builderTokens = change.tokensUsed();
        }
        if (change.minorIssuesCount() != null) {
            phase.minor = change.minorIssuesCount();
        }
        if (change.majorIssuesCount() != null) {
            phase.major = change.majorIssuesCount();
        }
        if (change.qualityLevel() != null) {
            phase.qualityLevel = change.qualityLevel();
        }
        if (change.qualityBlocked() != null) {
            phase.qualityBlocked = change.qualityBlocked();
        }
        return settle(phase);
    }

    @Override
    public void validateUpdateStatus(PhaseStatusChange change) {
        if (plan != null) {
            PhaseRules.runOpen(input.runId(), state);
            PhaseRules.transition(phase(change.phaseId()), change.state());
        }
    }

    @Override
    public PhaseAnswer builderResult(BuilderReport report) {
        PhaseSlot phase = ready(report.phaseId());
        validateBuilderResult(report);
        if (report.patchSha256() != null) {
            applyPatch(report);
        }
        start(phase);
        phase.builderAttempts = report.builderAttempts();
        phase.builderTokens = report.tokensUsed();
        recordIssues(report.suggestedIssues());
        if ("success".equals(report.status()) && report.hasPatch() && phase.state != PhaseState.GATE) {
            phase.state = PhaseState.GATE;
            RiskyPhaseGate.openIfRisky(plan.runPk(), input.orgId(), phase, report, decided::add);
        }
        return settle(phase);
    }

    @Override
    public void validateBuilderResult(BuilderReport report) {
        if (plan != null) {
            PhaseRules.runOpen(input.runId(), state);
            PhaseRules.notFinal(phase(report.phaseId()), "builder result");
        }
    }

    @Override
    public PhaseAnswer auditorResult(AuditorReport report) {
        PhaseSlot phase = ready(report.phaseId());
        validateAuditorResult(report);
        phase.auditorAttempts = Math.max(phase.auditorAttempts, report.auditorAttempts());
        phase.auditorTokens = Math.max(phase.auditorTokens, report.tokensUsed());
        recordIssues(report.issuesFound());
        return settle(phase);
    }

    @Override
    public void validateAuditorResult(AuditorReport report) {
        if (plan != null) {
            PhaseRules.runOpen(input.runId(), state);
            PhaseRules.notFinal(phase(report.phaseId()), "auditor result");
        }
    }

    @Override
    public PhaseAnswer recordIssue(IssueReport issue) {
        PhaseSlot phase = ready(issue.phaseId());
        validateRecordIssue(issue);
        recordIssues(List.of(issue));
        return settle(phase);
    }

    @Override
    public void validateRecordIssue(IssueReport issue) {
        if (plan != null) {
            PhaseRules.runOpen(input.runId(), state);
            phase(issue.phaseId());
        }
    }

    /** Applies a maintenance patch before anything changes: a refusal leaves the phase and the tree as they were. */
    private void applyPatch(BuilderReport report) {
        try {
            BuildStubs.patches().apply(plan.runPk(), report.patchSha256());
        } catch (io.temporal.failure.ActivityFailure e) {
            String message = e.getCause() instanceof io.temporal.failure.ApplicationFailure f
                    ? f.getOriginalMessage() : e.getMessage();
            throw PhaseRules.invalid(message.startsWith("Invalid") ? message : "Invalid patch: " + message);
        }
    }

    /** Waits for the plan (an update may arrive before it is loaded) and answers the phase. */
    private PhaseSlot ready(String phaseId) {
        Workflow.await(() -> plan != null);
        return phase(phaseId);
    }

    private PhaseSlot phase(String phaseId) {
        PhaseSlot phase = phases.get(phaseId);
        if (phase == null) {
            throw PhaseRules.invalid("Invalid phase: " + phaseId + " is not a phase of run " + input.runId());
        }
        return phase;
    }

    /** The first request about a phase starts it; starting one more than max_phases ends the run. */
    private void start(PhaseSlot phase) {
        if (phase.started) {
            return;
        }
        if (startedPhases >= plan.maxPhases()) {
            end(RunState.DONE_FAILED_BUDGET_EXHAUSTED, "max_phases (" + plan.maxPhases() + ") reached: phase "
                    + phase.plan.phaseId() + " would be phase " + (startedPhases + 1));
            save(null);
            throw PhaseRules.conflict("Run " + input.runId() + " ended " + state + ": " + failureReason);
        }
        phase.started = true;
        startedPhases++;
        if (state == RunState.RUN_CREATED) {
            state = RunState.PHASE_EXECUTION;
        }
    }

    private void recordIssues(List<IssueReport> issues) {
        if (issues == null || issues.isEmpty()) {
            return;
        }
        for (IssueCount count : BuildStubs.store().recordIssues(plan.runPk(), issues)) {
            PhaseSlot slot = phases.get(count.phaseId());
            if (slot != null) {
                slot.minor = count.minor();
                slot.major = count.major();
            }
        }
    }

    private void applyDecision(RiskyPhaseGate.Decided decision) {
        PhaseSlot phase = phases.get(decision.phaseId());
        phase.approval = decision.approved() ? "approved" : "rejected";
        if (!decision.approved() && !phase.state.terminal()) {
            phase.state = PhaseState.FAILED;
        }
        settle(phase);
    }

    /** After a change: the token cap, then whether every phase is final; persists and answers. */
    private PhaseAnswer settle(PhaseSlot phase) {
        long tokens = tokensUsed();
        if (!state.done() && tokens > plan.tokenCap()) {
            end(RunState.DONE_FAILED_BUDGET_EXHAUSTED, "token_cap exceeded: " + tokens + " tokens used of "
                    + plan.tokenCap());
        }
        if (!state.done() && phases.values().stream().allMatch(p -> p.state.terminal())) {
            boolean clean = phases.values().stream().allMatch(p -> p.state.done());
            end(clean ? RunState.DONE_SUCCESS : RunState.DONE_FAILED_REQUIRES_HUMAN_REVIEW,
                    clean ? null : "a phase failed");
        }
        save(phase);
        details();
        return new PhaseAnswer(phase.plan.phaseId(), phase.state, state, phase.approvalId, tokens, phase.minor,
                phase.major, phase.issueState());
    }

    private void end(RunState done, String reason) {
        state = done;
        failureReason = reason;
    }

    private long tokensUsed() {
        return phases.values().stream().mapToLong(PhaseSlot::tokens).sum();
    }

    private void save(PhaseSlot phase) {
        version++;
        BuildStubs.store().save(new RunSnapshot(plan.runPk(), version, state, tokensUsed(), failureReason),
                phase == null ? null : phase.snapshot());
    }

    private void details() {
        long done = phases.values().stream().filter(p -> p.state.terminal()).count();
        Workflow.setCurrentDetails("**" + state + "**: " + done + " of " + phases.size() + " phases final, "
                + tokensUsed() + " of " + plan.tokenCap() + " tokens"
                + (failureReason == null ? "" : "\n\n" + failureReason));
    }
}
