package dev.keel.workflows.approvals;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

public class ApprovalWorkflowImpl implements ApprovalWorkflow {
    public static final String AUTO_REASON = "Auto-approved (BUILD-117 - auto-approve mode enabled)";
    private static final Logger LOG = Workflow.getLogger(ApprovalWorkflowImpl.class);

    private final ApprovalActivities recorder =
            Workflow.newLocalActivityStub(ApprovalActivities.class, ActivityProfiles.localDbWrite());
    private final ApprovalActivities notifier =
            Workflow.newActivityStub(ApprovalActivities.class, ActivityProfiles.notification());

    private Decision decision;
    private ApprovalOutcome outcome;
    private TelegramReceipt receipt;

    @Override
    public ApprovalOutcome run(ApprovalInput input) {
        if (input.autoApproved()) {
            outcome = new ApprovalOutcome(input.approvalId(), input.orgId(), "approved", true, "auto", "auto",
                    AUTO_REASON);
            recorder.recordOutcome(outcome);
            return outcome;
        }
        ApprovalRef ref = new ApprovalRef(input.approvalId(), input.orgId());
        // The send runs beside the wait: a failing or slow Telegram never delays the timeout.
        Promise<TelegramReceipt> sent = Async.function(notifier::sendTelegram, ref);
        sent.handle((value, failure) -> receipt = value);
        boolean decided = Workflow.await(Duration.ofSeconds(input.timeoutSeconds()), () -> decision != null);
        // From here on outcome is set, so the signal handler ignores every later decision.
        outcome = decided ? fromDecision(input, decision) : onTimeout(input);
        if (!recorder.recordOutcome(outcome)) {
            LOG.warn("Approval {} was already decided in the database; outcome {} not written",
                    input.approvalId(), outcome.status());
        }
        TelegramReceipt finalReceipt = awaitReceipt(sent);
        if (finalReceipt != null && finalReceipt.messageId() != null) {
            try {
                notifier.announceOutcome(outcome);
            } catch (ActivityFailure e) {
                LOG.warn("Could not show the outcome in Telegram: {}", e.getMessage());
            }
        }
        Workflow.await(Workflow::isEveryHandlerFinished);
        return outcome;
    }

    @Override
    public void decide(Decision incoming) {
        if (outcome != null || decision != null) {
            LOG.info("Ignoring decision approved={} by {} via {}: approval already {}", incoming.approved(),
                    incoming.decidedBy(), incoming.method(), outcome != null ? outcome.status() : "decided");
            return;
        }
        decision = incoming;
    }

    @Override
    public ApprovalState getStatus() {
        boolean telegramSent = receipt != null && receipt.sent();
        Long messageId = receipt == null ? null : receipt.messageId();
        if (outcome == null) {
            return new ApprovalState("pending", null, telegramSent, messageId);
        }
        return new ApprovalState(outcome.status(), outcome.method(), telegramSent, messageId);
    }

    private static TelegramReceipt awaitReceipt(Promise<TelegramReceipt> sent) {
        try {
            return sent.get();
        } catch (ActivityFailure e) {
            return null;
        }
    }

    private static ApprovalOutcome fromDecision(ApprovalInput input, Decision d) {
        String reason = d.reason() != null && !d.reason().isBlank() ? d.reason()
                : (d.approved() ? "Approved" : "Rejected") + " by " + d.decidedBy() + " via " + d.method();
        return new ApprovalOutcome(input.approvalId(), input.orgId(), d.approved() ? "approved" : "rejected",
                d.approved(), d.method(), d.decidedBy(), reason);
    }

    private static ApprovalOutcome onTimeout(ApprovalInput input) {
        boolean approved = input.approveOnTimeout();
        return new ApprovalOutcome(input.approvalId(), input.orgId(), "timeout", approved, "timeout", "timeout",
                (approved ? "Auto-approved" : "Auto-rejected") + " after timeout");
    }
}
