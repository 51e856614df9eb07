package dev.keel.workflows.approvals;

import dev.keel.temporal.Outcomes;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import org.slf4j.Logger;

public class ApprovalWorkflowImpl implements ApprovalWorkflow {
    public static final String AUTO_REASON = "Auto-approved (BUILD-117 - auto-approve mode enabled)";
    /** Version 1: timer with a summary, decide update, KeelOutcome, live details, cancellation recorded. */
    static final String LIFECYCLE_CHANGE = "approval-lifecycle";
    private static final Logger LOG = Workflow.getLogger(ApprovalWorkflowImpl.class);

    private final ApprovalInput input;
    private Decision decision;
    private ApprovalOutcome outcome;
    private boolean recorded;
    private boolean cancelled;
    private TelegramReceipt receipt;

    @WorkflowInit
    public ApprovalWorkflowImpl(ApprovalInput input) {
        this.input = input;
    }

    @Override
    public ApprovalOutcome run(ApprovalInput ignored) {
        boolean current = Workflow.getVersion(LIFECYCLE_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1;
        try {
            return decideAndClose(current);
        } catch (CanceledFailure e) {
            if (current && !recorded) {
                recordCancellation();
            }
            throw e;
        }
    }

    private ApprovalOutcome decideAndClose(boolean current) {
        if (input.autoApproved()) {
            outcome = new ApprovalOutcome(input.approvalId(), input.orgId(), "approved", true, "auto", "auto",
                    AUTO_REASON);
            record(current);
            return outcome;
        }
        ApprovalRef ref = new ApprovalRef(input.approvalId(), input.orgId());
        WaitingDetails details = WaitingDetails.startingNow(input.timeoutSeconds(), input.approveOnTimeout());
        // The send runs beside the wait: a failing or slow Telegram never delays the timeout.
        Promise<TelegramReceipt> sent = Async.function(Stubs.notifier(ApprovalActivities.class,
                "send the approval to Telegram")::sendTelegram, ref);
        sent.handle((value, failure) -> {
            receipt = value != null ? value : new TelegramReceipt(false, null, failure.getMessage());
            if (current && outcome == null) {
                Workflow.setCurrentDetails(details.waiting(receipt));
            }
            return null;
        });
        boolean decided;
        if (current) {
            Workflow.setCurrentDetails(details.waiting(receipt));
            decided = Stubs.awaitOrTimer(details.timerOptions("approval"), input.timeoutSeconds(),
                    () -> decision != null);
        } else {
            decided = Workflow.await(Duration.ofSeconds(input.timeoutSeconds()), () -> decision != null);
        }
        // From here on outcome is set, so the validator and the signal handler refuse every later decision.
        outcome = decided ? fromDecision(decision) : onTimeout();
        record(current);
        TelegramReceipt finalReceipt = awaitReceipt(sent);
        if (finalReceipt != null && finalReceipt.messageId() != null) {
            announce();
        }
        Workflow.await(Workflow::isEveryHandlerFinished);
        return outcome;
    }

    private void record(boolean current) {
        if (!Stubs.recorder(ApprovalActivities.class, "record " + outcome.status()).recordOutcome(outcome)) {
            LOG.warn("Approval {} was already decided in the database; outcome {} not written",
                    input.approvalId(), outcome.status());
        }
        recorded = true;
        if (current) {
            Outcomes.record(outcome.status());
            Workflow.setCurrentDetails("Approval " + outcome.status() + ": " + outcome.reason());
        }
    }

    private void recordCancellation() {
        cancelled = true;
        Workflow.newDetachedCancellationScope(() -> {
            outcome = new ApprovalOutcome(input.approvalId(), input.orgId(), "cancelled", false, "cancelled",
                    "temporal", "Cancelled in Temporal");
            record(true);
            announce();
        }).run();
    }

    private void announce() {
        try {
            Stubs.notifier(ApprovalActivities.class, "show " + outcome.status() + " in Telegram")
                    .announceOutcome(outcome);
        } catch (ActivityFailure e) {
            LOG.warn("Could not show the outcome in Telegram: {}", e.getMessage());
        }
    }

    @Override
    public ApprovalOutcome decide(Decision incoming) {
        decision = incoming;
        Workflow.await(() -> recorded);
        return outcome;
    }

    @Override
    public void validateDecide(Decision incoming) {
        DecisionRules.validate(incoming, "Approval request #" + input.approvalId(), closedStatus());
    }

    @Override
    public void decideSignal(Decision incoming) {
        String status = closedStatus();
        if (status != null) {
            LOG.info("Ignoring decision approved={} by {} via {}: approval already {}", incoming.approved(),
                    incoming.decidedBy(), incoming.method(), status);
            return;
        }
        decision = incoming;
    }

    @Override
    public TelegramReceipt awaitTelegram() {
        Workflow.await(() -> receipt != null || outcome != null);
        return receipt;
    }

    @Override
    public ApprovalState getStatus() {
        boolean telegramSent = receipt != null && receipt.sent();
        Long messageId = receipt == null ? null : receipt.messageId();
        String status = outcome == null ? "pending" : outcome.status();
        return new ApprovalState(status, outcome == null ? null : outcome.method(), telegramSent, messageId);
    }

    /** Null while a decision can still be taken; else the status that closed it. */
    private String closedStatus() {
        if (cancelled) {
            return "cancelled";
        }
        if (outcome != null) {
            return outcome.status();
        }
        return decision == null ? null : decision.approved() ? "approved" : "rejected";
    }

    private static TelegramReceipt awaitReceipt(Promise<TelegramReceipt> sent) {
        try {
            return sent.get();
        } catch (ActivityFailure e) {
            return null;
        }
    }

    private ApprovalOutcome fromDecision(Decision d) {
        String reason = d.reason() != null && !d.reason().isBlank() ? d.reason()
                : (d.approved() ? "Approved" : "Rejected") + " by " + d.decidedBy() + " via " + d.method();
        return new ApprovalOutcome(input.approvalId(), input.orgId(), d.approved() ? "approved" : "rejected",
                d.approved(), d.method(), d.decidedBy(), reason);
    }

    private ApprovalOutcome onTimeout() {
        boolean approved = input.approveOnTimeout();
        return new ApprovalOutcome(input.approvalId(), input.orgId(), "timeout", approved, "timeout", "timeout",
                (approved ? "Auto-approved" : "Auto-rejected") + " after timeout");
    }
}
