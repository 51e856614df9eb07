package dev.keel.workflows.autopack.builds;

/** Distinct issue keys of a phase per severity, after recording. */
public record IssueCount(String phaseId, int minor, int major) {
}
