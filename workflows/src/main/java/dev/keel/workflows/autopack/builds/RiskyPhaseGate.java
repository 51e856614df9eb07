package dev.keel.workflows.autopack.builds;

import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.approvals.ApprovalInput;
import dev.keel.workflows.approvals.ApprovalOutcome;
import dev.keel.workflows.approvals.ApprovalWorkflow;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.function.Consumer;

/**
 * A phase whose builder changed files of high or critical risk (the API assesses them with the governance policy) waits for a human: an
 * approval row is opened and a child {@link ApprovalWorkflow} asks through Telegram (or approves at once in
 * auto-approve mode). Its outcome arrives as a {@link Decided} for the run's main loop.
 */
final class RiskyPhaseGate {
    record Decided(String phaseId, boolean approved) {
    }

    private RiskyPhaseGate() {
    }

    static void openIfRisky(long runPk, long orgId, PhaseSlot phase, BuilderReport report, Consumer<Decided> onDecided) {
        if (phase.approval != null || !report.risky()) {
            return;
        }
        ApprovalTicket ticket = BuildStubs.store().openApproval(runPk, phase.plan.phaseId(), report.filesChanged());
        phase.approvalId = ticket.approvalId();
        phase.approval = "pending";
        ApprovalWorkflow child = Workflow.newChildWorkflowStub(ApprovalWorkflow.class, ChildWorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.approval(ticket.approvalId()))
                .setTaskQueue(TaskQueues.APPROVALS)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
                .setStaticSummary("Approval #" + ticket.approvalId() + " of phase " + phase.plan.phaseId())
                .build());
        String phaseId = phase.plan.phaseId();
        Promise<ApprovalOutcome> outcome = Async.function(child::run, new ApprovalInput(ticket.approvalId(),
                orgId, ticket.autoApproved(), ticket.timeoutSeconds(), ticket.approveOnTimeout()));
        outcome.handle((o, failure) -> {
            onDecided.accept(new Decided(phaseId, o != null && o.approved()));
            return null;
        });
    }
}
