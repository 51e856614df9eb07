package dev.keel.activities.autopack.builds;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.approvals.NewApproval;
import dev.keel.domain.autopack.builds.BuildRunWrites;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.NewIssue;
import dev.keel.domain.autopack.builds.PhaseProgress;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.domain.autopack.dashboard.BuildUsage;
import dev.keel.domain.autopack.dashboard.ErrorReport;
import dev.keel.domain.autopack.dashboard.ErrorReports;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.autopack.builds.ApprovalTicket;
import dev.keel.workflows.autopack.builds.BuildPlan;
import dev.keel.workflows.autopack.builds.BuildRunInput;
import dev.keel.workflows.autopack.builds.BuildRunStore;
import dev.keel.workflows.autopack.builds.IssueCount;
import dev.keel.workflows.autopack.builds.IssueReport;
import dev.keel.workflows.autopack.builds.PhaseSnapshot;
import dev.keel.workflows.autopack.builds.RunSnapshot;
import dev.keel.workflows.autopack.builds.RunState;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Component
public class BuildRunStoreImpl implements BuildRunStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BuildRuns runs;
    private final BuildRunWrites writes;
    private final Approvals approvals;
    private final RunIndex index;
    private final ApprovalSettings approvalSettings;
    private final TransactionTemplate transactions;
    private final BuildUsage usage;
    private final ErrorReports errors;

    public BuildRunStoreImpl(BuildRuns runs, BuildRunWrites writes, Approvals approvals, RunIndex index,
                             ApprovalSettings approvalSettings, TransactionTemplate transactions, BuildUsage usage,
                             ErrorReports errors) {
        this.usage = usage;
        this.errors = errors;
        this.runs = runs;
        this.writes = writes;
        this.approvals = approvals;
        this.index = index;
        this.approvalSettings = approvalSettings;
        this.transactions = transactions;
    }

    @Override
    public BuildPlan loadPlan(BuildRunInput input) {
        StoredRun run = load(input.runPk());
        List<BuildPlan.PlannedPhase> phases = runs.phases(run.id()).stream()
                .map(p -> new BuildPlan.PlannedPhase(p.phaseId(), p.tierId(), p.tierIndex(), p.phaseIndex(), p.name()))
                .toList();
        long maxMillis = run.maxDurationMinutes().multiply(BigDecimal.valueOf(60_000)).longValue();
        return new BuildPlan(run.id(), run.orgId(), run.runId(), run.tokenCap(), run.maxPhases(), maxMillis,
                run.startedAt().toEpochMilli(), phases);
    }

    @Override
    public void save(RunSnapshot run, PhaseSnapshot phase) {
        boolean done = run.state().done();
        PhaseProgress progress = phase == null ? null : new PhaseProgress(phase.phaseId(), phase.state().name(),
                phase.builderAttempts(), phase.auditorAttempts(), phase.builderTokens(), phase.auditorTokens(),
                phase.minorIssuesCount(), phase.majorIssuesCount(), phase.qualityLevel(), phase.qualityBlocked(),
                phase.approvalId());
        writes.save(run.runPk(), run.version(), run.state().name(), run.tokensUsed(), run.failureReason(), done,
                progress);
        if (phase != null) {
            usage.record(run.runPk(), phase.phaseId());
        }
        StoredRun stored = load(run.runPk());
        if (done && run.state() != RunState.DONE_SUCCESS && run.failureReason() != null) {
            errors.record(run.runPk(), "run-end", new ErrorReport(null, null, run.state().name(),
                    run.failureReason(), "build_run_workflow", "end_run",
                    JSON.writeValueAsString(Map.of("state", run.state().name(), "tokens_used", run.tokensUsed()))));
        }
        if (done) {
            index.close(stored.workflowId(), run.state() == RunState.DONE_SUCCESS ? RunStatus.COMPLETED
                    : RunStatus.FAILED, run.state().name().toLowerCase(), run.failureReason());
        }
    }

    @Override
    public List<IssueCount> recordIssues(long runPk, List<IssueReport> issues) {
        List<NewIssue> rows = issues.stream().map(i -> new NewIssue(i.phaseId(), i.issueKey(), i.severity(),
                i.source(), i.category(), i.taskCategory(), i.complexity(),
                JSON.writeValueAsString(i.evidenceRefs() == null ? List.of() : i.evidenceRefs()))).toList();
        List<String> phaseIds = rows.stream().map(NewIssue::phaseId).distinct().toList();
        List<int[]> counts = writes.recordIssues(runPk, rows);
        List<IssueCount> answer = new ArrayList<>();
        for (int i = 0; i < phaseIds.size(); i++) {
            answer.add(new IssueCount(phaseIds.get(i), counts.get(i)[0], counts.get(i)[1]));
        }
        return answer;
    }

    @Override
    public ApprovalTicket openApproval(long runPk, String phaseId, List<String> files) {
        ApprovalConfig config = approvalSettings.current();
        boolean auto = config.autoApproveActive();
        long approvalId = transactions.execute(tx -> {
            Long linked = writes.lockApproval(runPk, phaseId);
            if (linked != null) {
                return linked;
            }
            StoredRun run = load(runPk);
            long id = approvals.nextId();
            String workflowId = WorkflowIds.approval(id);
            Instant now = Instant.now();
            approvals.insert(id, run.orgId(), new NewApproval(run.runId(), phaseId, "build113_risky_decision",
                    JSON.writeValueAsString(Map.of("files", files, "summary", "Risky changes in phase " + phaseId)),
                    null, auto ? "approved" : "pending", auto ? "auto" : null,
                    auto ? "Auto-approved (BUILD-117 - auto-approve mode enabled)" : null, auto ? "auto" : null,
                    auto ? now : null, now.plus(config.timeout())), workflowId);
            index.registerRunning(run.orgId(), WorkflowKind.APPROVAL.kind(), Long.toString(id), workflowId,
                    "Approval #" + id + " for phase " + phaseId + " of run " + run.runId());
            writes.linkApproval(runPk, phaseId, id);
            return id;
        });
        return new ApprovalTicket(approvalId, auto, config.timeout().toSeconds(), config.approveOnTimeout());
    }

    private StoredRun load(long runPk) {
        return runs.byKey(runPk).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Autopack run " + runPk + " not found", "NOT_FOUND"));
    }
}
