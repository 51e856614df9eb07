package dev.keel.domain.autopack.dashboard;

import java.time.Instant;

/** What a build run achieved, for comparing runs of the same plan. {@code planKey}: hash of its phase ids. */
public record RunOutcome(long id, String runId, String state, String safetyProfile, long totalTokens,
                         int totalPhases, int phasesComplete, int phasesFailed, Instant createdAt, Instant startedAt,
                         Instant completedAt, String planKey) {

    public boolean finished() {
        return state.startsWith("DONE_");
    }

    public double successRate() {
        return totalPhases == 0 ? 0 : (double) phasesComplete / totalPhases;
    }
}
