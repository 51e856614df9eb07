package dev.keel.workflows.autopack.builds;

/** What an executor update changed: the phase's state, the run's state, and a pending approval if any. */
public record PhaseAnswer(String phaseId, PhaseState phaseState, RunState runState, Long approvalId,
                          long runTokensUsed, int minorIssuesCount, int majorIssuesCount, String issueState) {
}
