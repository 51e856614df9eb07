package dev.keel.api.approvals;

import dev.keel.activities.approvals.ApprovalConfig;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.approvals.NewApproval;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.approvals.ApprovalInput;
import dev.keel.workflows.approvals.ApprovalWorkflow;
import dev.keel.workflows.approvals.ApprovalWorkflowImpl;
import dev.keel.workflows.approvals.Decision;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Creates approvals (row, run index entry, workflow) and delivers decisions to their workflows. */
@Service
public class ApprovalService {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalService.class);

    private final Approvals approvals;
    private final RunIndex runs;
    private final RunEvents events;
    private final WorkflowClient client;

    public ApprovalService(Approvals approvals, RunIndex runs, RunEvents events, WorkflowClient client) {
        this.approvals = approvals;
        this.runs = runs;
        this.events = events;
        this.client = client;
    }

    /** Inserts the row (already approved in auto mode), registers the run and starts the workflow. */
    public ApprovalRecord request(long orgId, ApprovalRequest r, ApprovalConfig config) {
        long id = approvals.nextId();
        String workflowId = WorkflowIds.approval(id);
        boolean auto = config.autoApproveActive();
        Instant now = Instant.now();
        approvals.insert(id, orgId, new NewApproval(r.runId(), r.phaseId(), r.context(), r.decisionInfo(),
                r.deletionInfo(), auto ? "approved" : "pending", auto ? "auto" : null,
                auto ? ApprovalWorkflowImpl.AUTO_REASON : null, auto ? "auto" : null, auto ? now : null,
                now.plus(config.timeout())), workflowId);
        String summary = "Approval #" + id + " for phase " + r.phaseId() + " of run " + r.runId();
        long runId = runs.register(orgId, "approval", Long.toString(id), workflowId, auto ? "approved" : "pending",
                summary);
        events.append(runId, "requested", "{\"approval_id\":" + id + "}", "requested");
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.APPROVALS)
                .setWorkflowId(workflowId)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, "approval"))
                .setStaticSummary(summary)
                .build();
        try {
            ApprovalWorkflow workflow = client.newWorkflowStub(ApprovalWorkflow.class, options);
            WorkflowClient.start(workflow::run, new ApprovalInput(id, orgId, auto, config.timeout().toSeconds(),
                    config.approveOnTimeout()));
        } catch (RuntimeException e) {
            LOG.error("Could not start {}", workflowId, e);
            approvals.markError(orgId, id, "Approval workflow could not be started");
            runs.updateStatus(workflowId, "error", true);
            throw ApiException.unavailable("Approval request processing failed: workflow service unavailable");
        }
        return approvals.find(orgId, id).orElseThrow();
    }

    /** Signals a decision; false when the workflow has already completed (the decision is then ignored). */
    public boolean signal(String workflowId, Decision decision) {
        return Signals.deliver(() -> client.newWorkflowStub(ApprovalWorkflow.class, workflowId).decide(decision));
    }
}
