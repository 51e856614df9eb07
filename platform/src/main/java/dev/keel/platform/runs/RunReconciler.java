package dev.keel.platform.runs;

import dev.keel.domain.platform.RunCloser.Abandonment;
import dev.keel.domain.platform.RunClosing;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.platform.WorkflowOutbox;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps Keel's run index and product state in line with Temporal: a run whose workflow Temporal closed
 * without Keel recording it (terminated, cancelled, timed out, failed, reset away, deleted) is closed here,
 * with its product state. Used by the scheduled {@code ReconcilerWorkflow} and on read paths where a stale
 * open run would block a user.
 */
@Service
public class RunReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(RunReconciler.class);
    /** Runs younger than this are left alone: their own workflow is about to record them. */
    public static final Duration START_GRACE = Duration.ofSeconds(2);
    /** A workflow Temporal does not know is given this long before its run is called lost. */
    public static final Duration MISSING_GRACE = Duration.ofMinutes(5);

    private final RunIndex runs;
    private final WorkflowOutbox outbox;
    private final ClosedExecutions executions;
    private final RunClosing closing;

    public RunReconciler(RunIndex runs, WorkflowOutbox outbox, ClosedExecutions executions, RunClosing closing) {
        this.runs = runs;
        this.outbox = outbox;
        this.executions = executions;
        this.closing = closing;
    }

    /** Closes the run if its workflow is closed in Temporal; true when this call closed it. */
    public boolean reconcile(RunRecord run) {
        if (run.terminal() || outbox.pendingFor(run.id())) {
            return false;
        }
        ClosedExecutions.Verdict verdict = executions.check(run.workflowId());
        Abandonment abandonment = null;
        if (verdict instanceof ClosedExecutions.Closed closed) {
            abandonment = closed.abandonment();
        } else if (verdict instanceof ClosedExecutions.Missing
                && run.createdAt().plus(MISSING_GRACE).isBefore(Instant.now())) {
            abandonment = new Abandonment(RunStatus.FAILED, "lost", "Temporal has no workflow " + run.workflowId()
                    + " (it was never started, or was deleted)");
        }
        if (abandonment == null) {
            return false;
        }
        boolean closed = closing.close(run, abandonment);
        if (closed) {
            LOG.info("Closed run {} ({}): {} {}", run.id(), run.workflowId(), abandonment.outcome(),
                    abandonment.reason() == null ? "" : abandonment.reason());
        }
        return closed;
    }

    /** Reconciles the open run of this workflow id, if there is one. */
    public boolean reconcile(String workflowId) {
        return runs.findByWorkflowId(workflowId).map(this::reconcile).orElse(false);
    }
}
