package dev.keel.domain.autopack.builds;

/** An issue of a phase; {@code evidenceRefsJson} is a JSON array. */
public record NewIssue(String phaseId, String issueKey, String severity, String source, String category,
                       String taskCategory, String complexity, String evidenceRefsJson) {
}
