package dev.keel.workflows.autopack.builds;

/** A phase's state as the workflow holds it (persisted with the run's version). */
public record PhaseSnapshot(String phaseId, PhaseState state, int builderAttempts, int auditorAttempts,
                            long builderTokens, long auditorTokens, int minorIssuesCount, int majorIssuesCount,
                            String qualityLevel, boolean qualityBlocked, Long approvalId) {

    public long tokensUsed() {
        return builderTokens + auditorTokens;
    }
}
