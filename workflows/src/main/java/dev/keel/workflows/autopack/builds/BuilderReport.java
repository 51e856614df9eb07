package dev.keel.workflows.autopack.builds;

import java.util.List;

/**
 * What of a builder_result the workflow decides on. {@code risky}: the changed files are of high or critical
 * risk per the governance policy, so the phase's gate waits for a human. {@code patchSha256}: set for maintenance
 * run types only, whose patch the workflow applies in the configured repository before anything changes.
 */
public record BuilderReport(String phaseId, String status, boolean hasPatch, List<String> filesChanged,
                            boolean risky, int builderAttempts, long tokensUsed, List<IssueReport> suggestedIssues,
                            String patchSha256) {
}
