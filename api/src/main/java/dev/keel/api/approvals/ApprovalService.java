package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.api.runs.WorkflowUpdates;
import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.approvals.NewApproval;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.approvals.ApprovalInput;
import dev.keel.workflows.approvals.ApprovalWorkflow;
import dev.keel.workflows.approvals.ApprovalWorkflowImpl;
import dev.keel.workflows.approvals.Decision;
import dev.keel.workflows.approvals.TelegramReceipt;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates approvals (row and run in one transaction, then the start) and delivers decisions to their
 * workflows as updates. When Temporal is unreachable the request is still accepted (pending): the outbox
 * dispatcher starts the workflow once Temporal is back.
 */
@Service
public class ApprovalService {
    private static final Duration TELEGRAM_WAIT = Duration.ofSeconds(3);

    private final Approvals approvals;
    private final RunEvents events;
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;
    private final WorkflowClient client;
    private final WorkflowUpdates updates;

    public ApprovalService(Approvals approvals, RunEvents events, RunLauncher launcher,
                           TransactionTemplate transactions, WorkflowClient client, WorkflowUpdates updates) {
        this.approvals = approvals;
        this.events = events;
        this.launcher = launcher;
        this.transactions = transactions;
        this.client = client;
        this.updates = updates;
    }

    /** The stored approval, and whether Temporal has its workflow yet (false: it starts when Temporal is back). */
    public record Requested(ApprovalRecord row, boolean started) {
    }

    /** Inserts the row (already approved in auto mode) and its run atomically, then starts the workflow. */
    public Requested request(long orgId, ApprovalRequest r, ApprovalConfig config) {
        long id = approvals.nextId();
        String workflowId = WorkflowIds.approval(id);
        boolean auto = config.autoApproveActive();
        Instant now = Instant.now();
        Launch launch = Launch.of(WorkflowKind.APPROVAL, orgId, Long.toString(id), workflowId, ApprovalWorkflow.class,
                        new ApprovalInput(id, orgId, auto, config.timeout().toSeconds(), config.approveOnTimeout()),
                        "Approval #" + id + " for phase " + r.phaseId() + " of run " + r.runId())
                .withDetails(ApprovalDetails.markdown(r))
                .startedAs(auto ? RunStatus.RUNNING : RunStatus.WAITING);
        transactions.executeWithoutResult(tx -> {
            approvals.insert(id, orgId, new NewApproval(r.runId(), r.phaseId(), r.context(), r.decisionInfo(),
                    r.deletionInfo(), auto ? "approved" : "pending", auto ? "auto" : null,
                    auto ? ApprovalWorkflowImpl.AUTO_REASON : null, auto ? "auto" : null, auto ? now : null,
                    now.plus(config.timeout())), workflowId);
            launcher.enqueue(launch).ifPresent(run -> events.append(run, "requested", "{\"approval_id\":" + id + "}",
                    "requested"));
        });
        boolean started = launcher.dispatchNow(workflowId).map(RunLauncher.Launched::started).orElse(false);
        return new Requested(approvals.find(orgId, id).orElseThrow(), started);
    }

    /** Waits up to 3 s for the Telegram send to finish; null when it has not (the send goes on regardless). */
    public TelegramReceipt awaitTelegram(ApprovalRecord row) {
        return updates.tryWithin(() -> stub(row).awaitTelegram(), TELEGRAM_WAIT);
    }

    /**
     * Delivers a decision through the workflow's decide update and returns the row as recorded. 409 when the
     * approval is no longer pending (the detail names its status), 503 when no worker answers within the bound.
     */
    public ApprovalRecord decide(ApprovalRecord row, Decision decision) {
        updates.send(row.workflowId(), () -> stub(row).decide(decision), () -> closedAnswer(row));
        return approvals.find(row.orgId(), row.id()).orElseThrow();
    }

    private ApiException closedAnswer(ApprovalRecord row) {
        ApprovalRecord now = approvals.find(row.orgId(), row.id()).orElseThrow();
        if (now.pending()) {
            return ApiException.unavailable("Approval request #" + row.id() + " has no running workflow yet"
                    + " (Temporal was unreachable); try again shortly");
        }
        return ApiException.conflict("Approval request #" + row.id() + " is already " + now.status());
    }

    private ApprovalWorkflow stub(ApprovalRecord row) {
        return client.newWorkflowStub(ApprovalWorkflow.class, row.workflowId());
    }
}
