package dev.keel.workflows.platform;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Started about every minute by the Temporal Schedule {@code keel-reconciler}; one pass, then done. */
@WorkflowInterface
public interface ReconcilerWorkflow {
    /** One reconciliation pass over open runs; its report is the result. */
    @WorkflowMethod
    ReconcileReport reconcile();
}
