package dev.keel.domain.autopack.builds;

/** An autopack_phases row, with its tier's text id. */
public record StoredPhase(long id, long runPk, long tierPk, String tierId, int tierIndex, String phaseId,
                          int phaseIndex, String name, String description, String state, String taskCategory,
                          String complexity, String builderMode, String scopeJson, int builderAttempts,
                          int auditorAttempts, long tokensUsed, int minorIssuesCount, int majorIssuesCount,
                          String qualityLevel, boolean qualityBlocked, Long approvalId) {
}
