package dev.keel.api.pluto.scoring;

import dev.keel.platform.runs.RunReconciler;
import dev.keel.domain.platform.RunCloser.Abandonment;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunCloser;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The read-path check behind Pluto's 409s: is the run holding the organization's slot really open in Temporal?
 * A run whose workflow ended without recording it (terminated, cancelled, timed out) is closed here, at once,
 * instead of waiting for the scheduled reconciler.
 */
@Component
public class PlutoRunSlots {
    private final PlutoRunRepository runs;
    private final RunIndex runIndex;
    private final RunReconciler reconciler;
    private final PlutoRunCloser closer;

    public PlutoRunSlots(PlutoRunRepository runs, RunIndex runIndex, RunReconciler reconciler, PlutoRunCloser closer) {
        this.runs = runs;
        this.runIndex = runIndex;
        this.reconciler = reconciler;
        this.closer = closer;
    }

    /** True when the organization's unfinished run was abandoned and is closed now (the slot is free). */
    public boolean freeIfAbandoned(long orgId) {
        return runs.unfinished(orgId).map(this::closeIfAbandoned).orElse(true);
    }

    /** Closes the run if its workflow is gone; true when the run is closed after this call. */
    public boolean closeIfAbandoned(PlutoRun run) {
        Optional<RunRecord> indexed = runIndex.findByWorkflowId(run.workflowId());
        if (indexed.isPresent() && indexed.get().terminal()) {
            // the index already knows the end (an earlier close raced the product state): bring the run in line
            RunRecord record = indexed.get();
            closer.closeAbandoned(record, new Abandonment(RunStatus.parse(record.status()).orElse(RunStatus.FAILED),
                    record.outcome(), record.error() == null ? "The run ended: " + record.outcome() : record.error()));
            return true;
        }
        try {
            return reconciler.reconcile(run.workflowId());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
