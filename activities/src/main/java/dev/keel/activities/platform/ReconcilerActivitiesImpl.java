package dev.keel.activities.platform;

import dev.keel.platform.runs.RunReconciler;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.workflows.platform.ReconcileReport;
import dev.keel.workflows.platform.ReconcilerActivities;
import io.temporal.activity.Activity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component("reconcilerActivities")
public class ReconcilerActivitiesImpl implements ReconcilerActivities {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcilerActivitiesImpl.class);

    private final RunIndex runs;
    private final RunReconciler reconciler;

    public ReconcilerActivitiesImpl(RunIndex runs, RunReconciler reconciler) {
        this.runs = runs;
        this.reconciler = reconciler;
    }

    @Override
    public ReconcileReport reconcileOpenRuns(int limit) {
        List<RunRecord> open = runs.openForReconciliation(Instant.now().minus(RunReconciler.START_GRACE), limit);
        List<Long> checked = new ArrayList<>();
        int closed = 0;
        int errors = 0;
        String lastError = null;
        for (RunRecord run : open) {
            try {
                if (reconciler.reconcile(run)) {
                    closed++;
                }
                checked.add(run.id());
            } catch (RuntimeException e) {
                errors++;
                lastError = run.workflowId() + ": " + e.getMessage();
            }
            Activity.getExecutionContext().heartbeat(checked.size());
        }
        runs.markReconciled(checked);
        if (errors > 0) {
            LOG.warn("Reconciliation could not check {} of {} open runs; last error: {}", errors, open.size(),
                    lastError);
        }
        return new ReconcileReport(open.size(), closed, errors);
    }
}
