package dev.keel.workflows.autopack.builds;

/** The update_status body as the workflow sees it; null fields keep their stored value. */
public record PhaseStatusChange(String phaseId, PhaseState state, Integer builderAttempts, Long tokensUsed,
                                Integer minorIssuesCount, Integer majorIssuesCount, String qualityLevel,
                                Boolean qualityBlocked) {
}
