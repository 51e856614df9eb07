package dev.keel.api.autopack.builds;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.approvals.GovernancePolicy;
import dev.keel.domain.approvals.RiskLevel;
import dev.keel.domain.autopack.builds.BuildPatches;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.workflows.autopack.builds.AuditorReport;
import dev.keel.workflows.autopack.builds.BuilderReport;
import dev.keel.workflows.autopack.builds.IssueReport;
import dev.keel.workflows.autopack.builds.PhaseAnswer;
import dev.keel.workflows.autopack.builds.PhaseState;
import dev.keel.workflows.autopack.builds.PhaseStatusChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the executor reports about a phase, delivered to the run's workflow as updates (idempotent per delivery
 * key: the Idempotency-Key header, else the body). 404 unknown run or phase, 409 a state the phase or run cannot
 * leave, 422 bad input or a maintenance patch that does not apply (the tree is left as it was), 503 no worker
 * answered.
 */
@RestController
@Tag(name = "autopack")
public class PhaseResultController {
    private static final String BASE = "/runs/{run_id}/phases/{phase_id}/";
    private static final String KEY = "Idempotency-Key";

    /** Run types whose patch the server applies (governed apply); project_build patches the executor applied. */
    private static final Set<String> MAINTENANCE = Set.of("autopack_maintenance", "autopack_upgrade", "self_repair");

    private final BuildRuns runs;
    private final BuildRunUpdates updates;
    private final BuildPatches patches;
    private final FailureReports failures;

    public PhaseResultController(BuildRuns runs, BuildRunUpdates updates, BuildPatches patches,
                                 FailureReports failures) {
        this.runs = runs;
        this.failures = failures;
        this.updates = updates;
        this.patches = patches;
    }

    @PostMapping(BASE + "update_status")
    @ApiError(status = 404, description = "No such run or phase")
    @ApiError(status = 409, description = "The phase or the run cannot make this transition")
    @ApiError(status = 503, description = "No autopack worker answered in time")
    public ExecutorBodies.PhaseResult updateStatus(Caller caller, @PathVariable("run_id") String runId,
                                                   @PathVariable("phase_id") String phaseId,
                                                   @RequestHeader(value = KEY, required = false) String key,
                                                   @Valid @RequestBody ExecutorBodies.PhaseStatusUpdate body) {
        PhaseState state;
        try {
            state = PhaseState.valueOf(body.state());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("Invalid phase state: " + body.state());
        }
        StoredRun run = phase(caller, runId, phaseId);
        PhaseAnswer answer = updates.send(run, "updateStatus", phaseId, body, key, new PhaseStatusChange(phaseId,
                state, body.builderAttempts(), body.tokensUsed(), body.minorIssuesCount(), body.majorIssuesCount(),
                body.qualityLevel(), body.qualityBlocked()));
        if (state == PhaseState.FAILED) {
            failures.phaseFailed(run, phaseId, BuildRunUpdates.deliveryKey("updateStatus", phaseId, body, key), body);
        }
        return result("Phase " + phaseId + " updated to state " + answer.phaseState(), runId, answer);
    }

    @PostMapping(BASE + "builder_result")
    @ApiError(status = 404, description = "No such run or phase")
    @ApiError(status = 409, description = "The phase is final or the run has ended")
    @ApiError(status = 503, description = "No autopack worker answered in time")
    public ExecutorBodies.PhaseResult builderResult(Caller caller, @PathVariable("run_id") String runId,
                                                    @PathVariable("phase_id") String phaseId,
                                                    @RequestHeader(value = KEY, required = false) String key,
                                                    @Valid @RequestBody ExecutorBodies.BuilderResult body) {
        StoredRun run = phase(caller, runId, phaseId);
        List<String> files = body.filesChanged() == null ? List.of() : body.filesChanged();
        int lines = (body.linesAdded() == null ? 0 : body.linesAdded())
                + (body.linesRemoved() == null ? 0 : body.linesRemoved());
        boolean risky = !files.isEmpty() && GovernancePolicy.assess(files, lines).riskLevel()
                .compareTo(RiskLevel.HIGH) >= 0;
        boolean hasPatch = body.patchContent() != null && !body.patchContent().isBlank();
        String patchSha = null;
        if (hasPatch && body.runType() != null && MAINTENANCE.contains(body.runType())) {
            patchSha = Hashes.sha256(body.patchContent());
            patches.store(run.id(), patchSha, body.patchContent());
        }
        BuilderReport report = new BuilderReport(phaseId, body.status(), hasPatch, files, risky,
                body.builderAttempts() == null ? 1 : body.builderAttempts(),
                body.tokensUsed() == null ? 0 : body.tokensUsed(), issues(phaseId, body.suggestedIssues()), patchSha);
        PhaseAnswer answer = updates.send(run, "builderResult", phaseId, body, key, report);
        if ("failed".equals(body.status())) {
            failures.builderFailed(run, phaseId, BuildRunUpdates.deliveryKey("builderResult", phaseId, body, key),
                    body);
        }
        return result("Builder result submitted successfully", runId, answer);
    }

    @PostMapping(BASE + "auditor_result")
    @ApiError(status = 404, description = "No such run or phase")
    @ApiError(status = 409, description = "The phase is final or the run has ended")
    @ApiError(status = 503, description = "No autopack worker answered in time")
    public ExecutorBodies.PhaseResult auditorResult(Caller caller, @PathVariable("run_id") String runId,
                                                    @PathVariable("phase_id") String phaseId,
                                                    @RequestHeader(value = KEY, required = false) String key,
                                                    @Valid @RequestBody ExecutorBodies.AuditorResult body) {
        StoredRun run = phase(caller, runId, phaseId);
        AuditorReport report = new AuditorReport(phaseId, body.recommendation(),
                body.auditorAttempts() == null ? 1 : body.auditorAttempts(),
                body.tokensUsed() == null ? 0 : body.tokensUsed(), issues(phaseId, body.issuesFound()));
        PhaseAnswer answer = updates.send(run, "auditorResult", phaseId, body, key, report);
        return result("Auditor result submitted", runId, answer);
    }

    @PostMapping(BASE + "record_issue")
    @ApiError(status = 404, description = "No such run or phase")
    @ApiError(status = 409, description = "The run has ended")
    @ApiError(status = 503, description = "No autopack worker answered in time")
    public ExecutorBodies.PhaseResult recordIssue(
            Caller caller, @PathVariable("run_id") String runId, @PathVariable("phase_id") String phaseId,
            @RequestHeader(value = KEY, required = false) String key,
            @RequestParam("issue_key") @Size(min = 1, max = 200) String issueKey,
            @RequestParam("severity") @Size(min = 1, max = 50) String severity,
            @RequestParam("source") @Size(min = 1, max = 100) String source,
            @RequestParam("category") @Size(min = 1, max = 100) String category,
            @RequestParam(value = "task_category", required = false) @Size(max = 100) String taskCategory,
            @RequestParam(value = "complexity", required = false) @Size(max = 100) String complexity,
            @Valid @RequestBody(required = false) ExecutorBodies.IssueEvidence evidence) {
        StoredRun run = phase(caller, runId, phaseId);
        List<String> evidenceRefs = evidence == null ? null : evidence.evidenceRefs();
        IssueReport issue = new IssueReport(phaseId, issueKey, severity, source, category, taskCategory, complexity,
                evidenceRefs == null ? List.of() : evidenceRefs);
        PhaseAnswer answer = updates.send(run, "recordIssue", phaseId, issue, key, issue);
        if (FailureReports.isError(severity)) {
            failures.issue(run, phaseId, BuildRunUpdates.deliveryKey("recordIssue", phaseId, issue, key), issueKey,
                    severity, source, category);
        }
        return result("Issue " + issueKey + " recorded", runId, answer);
    }

    private StoredRun phase(Caller caller, String runId, String phaseId) {
        StoredRun run = BuildRunController.find(runs, caller, runId);
        if (runs.phases(run.id()).stream().noneMatch(p -> p.phaseId().equals(phaseId))) {
            throw ApiException.notFound("Phase " + phaseId + " not found in run " + runId);
        }
        return run;
    }

    private static List<IssueReport> issues(String phaseId, List<ExecutorBodies.SuggestedIssue> suggested) {
        return suggested == null ? List.of() : suggested.stream().map(i -> new IssueReport(phaseId, i.issueKey(),
                i.severity(), i.source() == null ? "cursor_self_doubt" : i.source(), i.category(), null, null,
                i.evidenceRefs() == null ? List.of() : i.evidenceRefs())).toList();
    }

    private static ExecutorBodies.PhaseResult result(String message, String runId, PhaseAnswer a) {
        return new ExecutorBodies.PhaseResult(message, runId, a.phaseId(), a.phaseState().name(), a.runState().name(),
                a.runTokensUsed(), a.approvalId(), a.minorIssuesCount(), a.majorIssuesCount(), a.issueState());
    }
}
