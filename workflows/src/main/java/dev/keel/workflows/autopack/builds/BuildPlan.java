package dev.keel.workflows.autopack.builds;

import java.util.List;

/** What the workflow needs of a stored run: its caps, its start time and its phases in execution order. */
public record BuildPlan(long runPk, long orgId, String runId, long tokenCap, int maxPhases, long maxDurationMillis,
                        long startedAtMillis, List<PlannedPhase> phases) {

    /** A phase of the plan, ordered by (tier_index, phase_index). */
    public record PlannedPhase(String phaseId, String tierId, int tierIndex, int phaseIndex, String name) {
    }
}
