package dev.keel.workflows.approvals;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

public class GovernanceWorkflowImpl implements GovernanceWorkflow {
    private static final Logger LOG = Workflow.getLogger(GovernanceWorkflowImpl.class);

    private final GovernanceActivities recorder =
            Workflow.newLocalActivityStub(GovernanceActivities.class, ActivityProfiles.localDbWrite());
    private final GovernanceActivities notifier =
            Workflow.newActivityStub(GovernanceActivities.class, ActivityProfiles.notification());

    private Decision decision;
    private GovernanceOutcome outcome;

    @Override
    public GovernanceOutcome run(GovernanceInput input) {
        if (input.autoApproved()) {
            outcome = new GovernanceOutcome(input.requestId(), input.orgId(), true, "auto", "auto");
            recorder.recordOutcome(outcome);
            return outcome;
        }
        // The send runs beside the wait: a failing or slow Telegram never delays the timeout.
        Promise<TelegramReceipt> sent =
                Async.function(notifier::sendTelegram, new GovernanceRef(input.requestId(), input.orgId()));
        boolean decided = Workflow.await(Duration.ofSeconds(input.timeoutSeconds()), () -> decision != null);
        // From here on outcome is set, so the signal handler ignores every later decision.
        outcome = decided
                ? new GovernanceOutcome(input.requestId(), input.orgId(), decision.approved(), decision.decidedBy(),
                        decision.method())
                : new GovernanceOutcome(input.requestId(), input.orgId(), input.approveOnTimeout(), "timeout",
                        "timeout");
        if (!recorder.recordOutcome(outcome)) {
            LOG.warn("Governance request {} was already decided in the database", input.requestId());
        }
        TelegramReceipt receipt = awaitReceipt(sent);
        if (receipt != null && receipt.messageId() != null) {
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
            LOG.info("Ignoring governance decision approved={} by {}: already decided", incoming.approved(),
                    incoming.decidedBy());
            return;
        }
        decision = incoming;
    }

    @Override
    public GovernanceState getStatus() {
        if (outcome == null) {
            return new GovernanceState("pending", null);
        }
        return new GovernanceState(outcome.approved() ? "approved" : "denied", outcome.approvedBy());
    }

    private static TelegramReceipt awaitReceipt(Promise<TelegramReceipt> sent) {
        try {
            return sent.get();
        } catch (ActivityFailure e) {
            return null;
        }
    }
}
