package dev.keel.api.approvals;

import dev.keel.activities.approvals.ApprovalConfig;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.approvals.GovernanceAssessment;
import dev.keel.domain.approvals.GovernancePolicy;
import dev.keel.domain.approvals.GovernanceRecord;
import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.approvals.Decision;
import dev.keel.workflows.approvals.GovernanceInput;
import dev.keel.workflows.approvals.GovernanceWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Creates governance requests (policy verdict, row, run index entry, workflow) and signals decisions. */
@Service
public class GovernanceService {
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GovernanceRequests requests;
    private final RunIndex runs;
    private final RunEvents events;
    private final WorkflowClient client;

    public GovernanceService(GovernanceRequests requests, RunIndex runs, RunEvents events, WorkflowClient client) {
        this.requests = requests;
        this.runs = runs;
        this.events = events;
        this.client = client;
    }

    public GovernanceRecord create(long orgId, String runId, String phaseId, List<String> paths, String justification,
                                   Integer linesChanged, ApprovalConfig config) {
        GovernanceAssessment verdict = GovernancePolicy.assess(paths, linesChanged);
        String requestId = insert(orgId, runId, phaseId, paths, justification, verdict);
        String workflowId = WorkflowIds.governance(requestId);
        String summary = "Governance request " + requestId + " (" + verdict.riskLevel().label() + ") for phase "
                + phaseId + " of run " + runId;
        String status = verdict.autoApproved() ? "approved" : "pending";
        long run = runs.register(orgId, "governance", requestId, workflowId, status, summary);
        events.append(run, "requested", "{\"request_id\":\"" + requestId + "\"}", "requested");
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.APPROVALS)
                .setWorkflowId(workflowId)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, "governance"))
                .setStaticSummary(summary)
                .build();
        try {
            GovernanceWorkflow workflow = client.newWorkflowStub(GovernanceWorkflow.class, options);
            WorkflowClient.start(workflow::run, new GovernanceInput(requestId, orgId, verdict.autoApproved(),
                    config.timeout().toSeconds(), config.approveOnTimeout()));
        } catch (RuntimeException e) {
            LOG.error("Could not start {}", workflowId, e);
            runs.updateStatus(workflowId, "error", true);
            throw ApiException.unavailable("Governance request processing failed: workflow service unavailable");
        }
        return requests.find(orgId, requestId).orElseThrow();
    }

    public boolean signal(String workflowId, Decision decision) {
        return Signals.deliver(() -> client.newWorkflowStub(GovernanceWorkflow.class, workflowId).decide(decision));
    }

    private String insert(long orgId, String runId, String phaseId, List<String> paths, String justification,
                          GovernanceAssessment verdict) {
        for (int attempt = 0; ; attempt++) {
            String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try {
                requests.insert(requestId, orgId, runId, phaseId, JSON.writeValueAsString(paths), justification,
                        verdict.riskLevel().label(), verdict.autoApproved(), WorkflowIds.governance(requestId));
                return requestId;
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }
}
