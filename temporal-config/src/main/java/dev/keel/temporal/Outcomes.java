package dev.keel.temporal;

import io.temporal.workflow.Workflow;

/**
 * Records how a run ended in the {@code KeelOutcome} search attribute, so {@code KeelOutcome="timeout"} finds
 * it in the Temporal UI. Call from workflow code only (it adds an UpsertWorkflowSearchAttributes command:
 * guard it with {@code Workflow.getVersion} in workflows that already have running histories).
 */
public final class Outcomes {
    private Outcomes() {
    }

    public static void record(String outcome) {
        Workflow.upsertTypedSearchAttributes(KeelSearchAttributes.OUTCOME.valueSet(outcome));
    }
}
