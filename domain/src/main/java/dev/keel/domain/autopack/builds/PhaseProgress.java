package dev.keel.domain.autopack.builds;

/** A phase's counters and state as the build run workflow writes them. */
public record PhaseProgress(String phaseId, String state, int builderAttempts, int auditorAttempts,
                            long builderTokens, long auditorTokens, int minorIssuesCount, int majorIssuesCount,
                            String qualityLevel, boolean qualityBlocked, Long approvalId) {
}
