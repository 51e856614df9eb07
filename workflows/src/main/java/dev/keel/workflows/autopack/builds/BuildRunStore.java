package dev.keel.workflows.autopack.builds;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** PostgreSQL side of {@link BuildRunWorkflow}; every method is idempotent (absolute values, keyed rows). */
@ActivityInterface(namePrefix = "AutopackBuild")
public interface BuildRunStore {
    /** The stored plan of the run. */
    BuildPlan loadPlan(BuildRunInput input);

    /**
     * Writes the run (and the phase, when not null) unless a newer version is stored; recomputes tier states
     * and issue totals; stamps completed_at and closes the run index row when the state is DONE_*.
     */
    void save(RunSnapshot run, PhaseSnapshot phase);

    /** Stores the issues (one row per phase and key) and answers the distinct counts of the phases involved. */
    List<IssueCount> recordIssues(long runPk, List<IssueReport> issues);

    /**
     * Opens (once per phase: a retry answers the same) the approval row and its run index entry for a risky
     * phase, with the approval settings of the moment.
     */
    ApprovalTicket openApproval(long runPk, String phaseId, List<String> files);
}
