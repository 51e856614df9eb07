package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.api.runs.WorkflowUpdates;
import dev.keel.domain.approvals.GovernanceAssessment;
import dev.keel.domain.approvals.GovernancePolicy;
import dev.keel.domain.approvals.GovernanceRecord;
import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.approvals.Decision;
import dev.keel.workflows.approvals.GovernanceInput;
import dev.keel.workflows.approvals.GovernanceWorkflow;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates governance requests (policy verdict, row and run in one transaction, then the start) and delivers
 * decisions as workflow updates. Temporal unreachable: the request is stored and its workflow starts later.
 */
@Service
public class GovernanceService {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GovernanceRequests requests;
    private final RunEvents events;
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;
    private final WorkflowClient client;
    private final WorkflowUpdates updates;

    public GovernanceService(GovernanceRequests requests, RunEvents events, RunLauncher launcher,
                             TransactionTemplate transactions, WorkflowClient client, WorkflowUpdates updates) {
        this.requests = requests;
        this.events = events;
        this.launcher = launcher;
        this.transactions = transactions;
        this.client = client;
        this.updates = updates;
    }

    public GovernanceRecord create(long orgId, String runId, String phaseId, List<String> paths, String justification,
                                   Integer linesChanged, ApprovalConfig config) {
        GovernanceAssessment verdict = GovernancePolicy.assess(paths, linesChanged);
        String requestId = insertWithRun(orgId, runId, phaseId, paths, justification, verdict, config);
        launcher.dispatchNow(WorkflowIds.governance(requestId));
        return requests.find(orgId, requestId).orElseThrow();
    }

    /**
     * Delivers a decision through the decide update and returns the request as recorded; 409 when no longer
     * pending (the detail names its status), 503 when no worker answers within the bound.
     */
    public GovernanceRecord decide(GovernanceRecord row, Decision decision) {
        updates.send(row.workflowId(), () -> client.newWorkflowStub(GovernanceWorkflow.class, row.workflowId())
                .decide(decision), () -> {
                    GovernanceRecord now = requests.find(row.orgId(), row.requestId()).orElseThrow();
                    return now.pending()
                            ? ApiException.unavailable("Governance request " + row.requestId() + " has no running"
                                    + " workflow yet (Temporal was unreachable); try again shortly")
                            : ApiException.conflict("Governance request " + row.requestId() + " is already "
                                    + now.status());
                });
        return requests.find(row.orgId(), row.requestId()).orElseThrow();
    }

    private static String details(String runId, String phaseId, List<String> paths, String justification) {
        StringBuilder md = new StringBuilder("**Phase:** `").append(phaseId).append("`  \n**Run:** `").append(runId)
                .append("`\n\n**Requested paths:**\n");
        paths.stream().limit(20).forEach(p -> md.append("- `").append(p).append("`\n"));
        if (paths.size() > 20) {
            md.append("- ... and ").append(paths.size() - 20).append(" more\n");
        }
        if (justification != null && !justification.isBlank()) {
            md.append("\n**Justification:** ").append(justification).append('\n');
        }
        return md.toString();
    }

    /** Row and run in one transaction; a clash of the random 8-character id retries with a new one. */
    private String insertWithRun(long orgId, String runId, String phaseId, List<String> paths, String justification,
                                 GovernanceAssessment verdict, ApprovalConfig config) {
        for (int attempt = 0; ; attempt++) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            Launch launch = Launch.of(WorkflowKind.GOVERNANCE, orgId, id, WorkflowIds.governance(id),
                            GovernanceWorkflow.class, new GovernanceInput(id, orgId, verdict.autoApproved(),
                                    config.timeout().toSeconds(), config.approveOnTimeout()),
                            "Governance request " + id + " (" + verdict.riskLevel().label() + ") for phase "
                                    + phaseId + " of run " + runId)
                    .withDetails(details(runId, phaseId, paths, justification))
                    .startedAs(verdict.autoApproved() ? RunStatus.RUNNING : RunStatus.WAITING);
            try {
                transactions.executeWithoutResult(tx -> {
                    requests.insert(id, orgId, runId, phaseId, JSON.writeValueAsString(paths), justification,
                            verdict.riskLevel().label(), verdict.autoApproved(), WorkflowIds.governance(id));
                    launcher.enqueue(launch).ifPresent(run -> events.append(run, "requested",
                            "{\"request_id\":\"" + id + "\"}", "requested"));
                });
                return id;
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }
}
