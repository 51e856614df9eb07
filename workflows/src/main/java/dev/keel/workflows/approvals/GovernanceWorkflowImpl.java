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

public class GovernanceWorkflowImpl implements GovernanceWorkflow {
    /** Version 1: timer with a summary, decide update, KeelOutcome, live details, cancellation recorded. */
    static final String LIFECYCLE_CHANGE = "governance-lifecycle";
    private static final Logger LOG = Workflow.getLogger(GovernanceWorkflowImpl.class);

    private final GovernanceInput input;
    private Decision decision;
    private GovernanceOutcome outcome;
    private boolean recorded;
    private boolean cancelled;

    @WorkflowInit
    public GovernanceWorkflowImpl(GovernanceInput input) {
        this.input = input;
    }

    @Override
    public GovernanceOutcome run(GovernanceInput ignored) {
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

    private GovernanceOutcome decideAndClose(boolean current) {
        if (input.autoApproved()) {
            outcome = new GovernanceOutcome(input.requestId(), input.orgId(), true, "auto", "auto");
            record(current);
            return outcome;
        }
        WaitingDetails details = WaitingDetails.startingNow(input.timeoutSeconds(), input.approveOnTimeout());
        // The send runs beside the wait: a failing or slow Telegram never delays the timeout.
        Promise<TelegramReceipt> sent = Async.function(Stubs.notifier(GovernanceActivities.class,
                "send the request to Telegram")::sendTelegram, new GovernanceRef(input.requestId(), input.orgId()));
        boolean decided;
        if (current) {
            Workflow.setCurrentDetails(details.waiting(null));
            sent.handle((value, failure) -> {
                if (outcome == null) {
                    Workflow.setCurrentDetails(details.waiting(value != null ? value
                            : new TelegramReceipt(false, null, failure.getMessage())));
                }
                return null;
            });
            decided = Stubs.awaitOrTimer(details.timerOptions("governance"), input.timeoutSeconds(),
                    () -> decision != null);
        } else {
            decided = Workflow.await(Duration.ofSeconds(input.timeoutSeconds()), () -> decision != null);
        }
        // From here on outcome is set, so the validator and the signal handler refuse every later decision.
        outcome = decided
                ? new GovernanceOutcome(input.requestId(), input.orgId(), decision.approved(), decision.decidedBy(),
                        decision.method())
                : new GovernanceOutcome(input.requestId(), input.orgId(), input.approveOnTimeout(), "timeout",
                        "timeout");
        record(current);
        TelegramReceipt receipt = awaitReceipt(sent);
        if (receipt != null && receipt.messageId() != null) {
            announce();
        }
        Workflow.await(Workflow::isEveryHandlerFinished);
        return outcome;
    }

    private void record(boolean current) {
        if (!Stubs.recorder(GovernanceActivities.class, "record " + word()).recordOutcome(outcome)) {
            LOG.warn("Governance request {} was already decided in the database", input.requestId());
        }
        recorded = true;
        if (current) {
            Outcomes.record(word());
            Workflow.setCurrentDetails("Governance request " + word() + " by " + outcome.approvedBy());
        }
    }

    private void recordCancellation() {
        cancelled = true;
        Workflow.newDetachedCancellationScope(() -> {
            outcome = new GovernanceOutcome(input.requestId(), input.orgId(), false, "temporal", "cancelled");
            Stubs.recorder(GovernanceActivities.class, "record cancelled")
                    .recordCancelled(new GovernanceRef(input.requestId(), input.orgId()));
            recorded = true;
            Outcomes.record("cancelled");
            Workflow.setCurrentDetails("Governance request cancelled in Temporal");
            announce();
        }).run();
    }

    private void announce() {
        try {
            Stubs.notifier(GovernanceActivities.class, "show the outcome in Telegram").announceOutcome(outcome);
        } catch (ActivityFailure e) {
            LOG.warn("Could not show the outcome in Telegram: {}", e.getMessage());
        }
    }

    /** The KeelOutcome word: approved, rejected, timeout or cancelled. */
    private String word() {
        if (cancelled) {
            return "cancelled";
        }
        if ("timeout".equals(outcome.method())) {
            return "timeout";
        }
        return outcome.approved() ? "approved" : "rejected";
    }

    @Override
    public GovernanceOutcome decide(Decision incoming) {
        decision = incoming;
        Workflow.await(() -> recorded);
        return outcome;
    }

    @Override
    public void validateDecide(Decision incoming) {
        DecisionRules.validate(incoming, "Governance request " + input.requestId(), closedStatus());
    }

    @Override
    public void decideSignal(Decision incoming) {
        if (closedStatus() != null) {
            LOG.info("Ignoring governance decision approved={} by {}: already decided", incoming.approved(),
                    incoming.decidedBy());
            return;
        }
        decision = incoming;
    }

    @Override
    public GovernanceState getStatus() {
        String status = closedStatus();
        return new GovernanceState(status == null ? "pending" : status, outcome == null ? null : outcome.approvedBy());
    }

    /** Null while a decision can still be taken; else approved, denied or cancelled. */
    private String closedStatus() {
        if (cancelled) {
            return "cancelled";
        }
        if (outcome != null) {
            return outcome.approved() ? "approved" : "denied";
        }
        return decision == null ? null : decision.approved() ? "approved" : "denied";
    }

    private static TelegramReceipt awaitReceipt(Promise<TelegramReceipt> sent) {
        try {
            return sent.get();
        } catch (ActivityFailure e) {
            return null;
        }
    }
}
