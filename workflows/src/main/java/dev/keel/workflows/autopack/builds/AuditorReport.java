package dev.keel.workflows.autopack.builds;

import java.util.List;

/** An auditor_result: attempts and tokens keep their maximum; issues found are recorded like record_issue. */
public record AuditorReport(String phaseId, String recommendation, int auditorAttempts, long tokensUsed,
                            List<IssueReport> issuesFound) {
}
