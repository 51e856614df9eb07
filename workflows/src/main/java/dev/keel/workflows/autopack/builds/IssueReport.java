package dev.keel.workflows.autopack.builds;

import java.util.List;

/** One issue of a phase (record_issue, or suggested by the builder or found by the auditor). */
public record IssueReport(String phaseId, String issueKey, String severity, String source, String category,
                          String taskCategory, String complexity, List<String> evidenceRefs) {
}
