package dev.keel.workflows.approvals;

import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;

/** The validation every human-decision update shares: a complete decision, on a request still open. */
final class DecisionRules {
    private DecisionRules() {
    }

    /**
     * @param subject      how the refusal names the request ("Approval request #12")
     * @param closedStatus the request's status once closed, null while it waits for a decision
     */
    static void validate(Decision incoming, String subject, String closedStatus) {
        if (incoming == null || incoming.method() == null || incoming.decidedBy() == null) {
            throw ApplicationFailure.newNonRetryableFailure("A decision needs a method and who decided",
                    FailureType.VALIDATION.type());
        }
        if (closedStatus != null) {
            throw ApplicationFailure.newNonRetryableFailure(subject + " is already " + closedStatus,
                    FailureType.CONFLICT.type());
        }
    }
}
