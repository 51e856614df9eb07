package dev.keel.api.runs;

import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowKind;
import java.time.Duration;

/**
 * A workflow to start through the {@link RunLauncher}: its kind from the catalogue, business key, id, the
 * workflow interface and its single argument (ids only), a static summary (one line) and static details
 * (Markdown, what the run is about), the run index status once started, and an optional execution timeout.
 * {@code reuseClosedId} lets a new execution take the id of a closed one (per-candidate questions, briefs).
 */
public record Launch(
        WorkflowKind kind,
        long orgId,
        String businessKey,
        String workflowId,
        Class<?> workflowInterface,
        Object input,
        String summary,
        String details,
        RunStatus startedStatus,
        Duration executionTimeout,
        boolean reuseClosedId) {

    public static Launch of(WorkflowKind kind, long orgId, String businessKey, String workflowId,
                            Class<?> workflowInterface, Object input, String summary) {
        return new Launch(kind, orgId, businessKey, workflowId, workflowInterface, input, summary, null,
                RunStatus.RUNNING, null, false);
    }

    public Launch withDetails(String markdown) {
        return new Launch(kind, orgId, businessKey, workflowId, workflowInterface, input, summary, markdown,
                startedStatus, executionTimeout, reuseClosedId);
    }

    public Launch startedAs(RunStatus status) {
        return new Launch(kind, orgId, businessKey, workflowId, workflowInterface, input, summary, details, status,
                executionTimeout, reuseClosedId);
    }

    public Launch withExecutionTimeout(Duration timeout) {
        return new Launch(kind, orgId, businessKey, workflowId, workflowInterface, input, summary, details,
                startedStatus, timeout, reuseClosedId);
    }

    public Launch reusingClosedId() {
        return new Launch(kind, orgId, businessKey, workflowId, workflowInterface, input, summary, details,
                startedStatus, executionTimeout, true);
    }
}
