package dev.keel.workflows.autopack.storage;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One storage scan: the heartbeating walk, then the scan's end, then the Telegram summary. */
@WorkflowInterface
public interface StorageScanWorkflow {
    @WorkflowMethod
    WalkSummary scan(ScanRef scan);
}
