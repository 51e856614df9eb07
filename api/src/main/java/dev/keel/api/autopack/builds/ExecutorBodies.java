package dev.keel.api.autopack.builds;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.platform.StrictBoolean;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Bodies the executor posts about a phase (the seed's PhaseStatusUpdate, BuilderResult, AuditorResult). */
final class ExecutorBodies {
    private static final long MAX_TOKENS = 1_000_000_000_000L;

    private ExecutorBodies() {
    }

    @Schema(example = """
            {"state": "COMPLETE", "builder_attempts": 1, "tokens_used": 1200, "quality_level": "ok"}""")
    record PhaseStatusUpdate(
            @NotNull(message = "a phase state is required")
            @Schema(allowableValues = {"QUEUED", "EXECUTING", "GATE", "CI_RUNNING", "COMPLETE", "FAILED", "SKIPPED"})
            @JsonDeserialize(using = StrictString.class) String state,
            @Min(value = 0, message = "must be at least 0") @Max(value = 1000, message = "must be at most 1000")
            Integer builderAttempts,
            @Min(value = 0, message = "must be at least 0") @Max(value = MAX_TOKENS, message = "must be at most 10^12")
            Long tokensUsed,
            @Min(value = 0, message = "must be at least 0") @Max(value = 100_000, message = "must be at most 100000")
            Integer minorIssuesCount,
            @Min(value = 0, message = "must be at least 0") @Max(value = 100_000, message = "must be at most 100000")
            Integer majorIssuesCount,
            @Pattern(regexp = "ok|needs_review|blocked", message = "ok, needs_review or blocked")
            @JsonDeserialize(using = StrictString.class) String qualityLevel,
            @JsonDeserialize(using = StrictBoolean.class) Boolean qualityBlocked,
            @Schema(description = "Why the phase failed (state FAILED); kept as the run's error report")
            @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String failureReason) {
    }

    record SuggestedIssue(
            @JsonProperty("issue_key")
            @NotNull(message = "a string is required") @Size(min = 1, max = 200, message = "1-200 characters")
            @JsonDeserialize(using = StrictString.class) String issueKey,
            @NotNull(message = "a string is required") @Size(min = 1, max = 50, message = "1-50 characters")
            @JsonDeserialize(using = StrictString.class) String severity,
            @Size(max = 100, message = "at most 100 characters")
            @JsonDeserialize(using = StrictString.class) String source,
            @NotNull(message = "a string is required") @Size(min = 1, max = 100, message = "1-100 characters")
            @JsonDeserialize(using = StrictString.class) String category,
            @Size(max = 50, message = "at most 50 references") List<@Size(max = 500) String> evidenceRefs,
            @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String description) {
    }

    record ProbeResult(
            @NotNull(message = "a string is required") @Size(max = 100) @JsonDeserialize(using = StrictString.class)
            String probeType,
            @NotNull(message = "an integer is required") Integer exitCode,
            @Size(max = 100_000) @JsonDeserialize(using = StrictString.class) String stdout,
            @Size(max = 100_000) @JsonDeserialize(using = StrictString.class) String stderr,
            @Min(0) Double durationSeconds) {
    }

    @Schema(example = """
            {"phase_id": "P1", "run_id": "build-42", "patch_content": "diff --git a/docs/a.md b/docs/a.md\n",
             "files_changed": ["docs/a.md"], "lines_added": 3, "tokens_used": 1200, "status": "success",
             "suggested_issues": [{"issue_key": "lint", "severity": "minor", "category": "style"}]}""")
    record BuilderResult(
            @NotNull(message = "a string is required") @JsonDeserialize(using = StrictString.class) String phaseId,
            @NotNull(message = "a string is required") @JsonDeserialize(using = StrictString.class) String runId,
            @Schema(description = "Default project_build", allowableValues = {"project_build",
                    "autopack_maintenance", "autopack_upgrade", "self_repair"})
            @Pattern(regexp = "project_build|autopack_maintenance|autopack_upgrade|self_repair",
                    message = "project_build, autopack_maintenance, autopack_upgrade or self_repair")
            @JsonDeserialize(using = StrictString.class) String runType,
            @Size(max = 500) List<@Size(max = 1000) String> allowedPaths,
            @Size(max = 5_000_000, message = "at most 5,000,000 characters")
            @JsonDeserialize(using = StrictString.class) String patchContent,
            @Size(max = 5000, message = "at most 5000 files") List<@Size(max = 1000) String> filesChanged,
            @Min(0) @Max(100_000_000) Integer linesAdded,
            @Min(0) @Max(100_000_000) Integer linesRemoved,
            @Min(0) @Max(1000) Integer builderAttempts,
            @Min(0) @Max(MAX_TOKENS) Long tokensUsed,
            @Min(0) Double durationMinutes,
            @Size(max = 100) List<@NotNull @Valid ProbeResult> probeResults,
            @Size(max = 100) List<@NotNull @Valid SuggestedIssue> suggestedIssues,
            @NotNull(message = "success, failed or needs_review is required")
            @Pattern(regexp = "success|failed|needs_review", message = "success, failed or needs_review")
            @JsonDeserialize(using = StrictString.class) String status,
            @Size(max = 100_000) @JsonDeserialize(using = StrictString.class) String notes) {
    }

    record SuggestedPatch(
            @NotNull @Size(max = 10_000) @JsonDeserialize(using = StrictString.class) String description,
            @NotNull @Size(max = 5_000_000) @JsonDeserialize(using = StrictString.class) String patchContent,
            @Size(max = 5000) List<@Size(max = 1000) String> filesAffected) {
    }

    @Schema(example = """
            {"phase_id": "P1", "run_id": "build-42", "review_notes": "Looks right", "recommendation": "approve",
             "tokens_used": 300}""")
    record AuditorResult(
            @NotNull(message = "a string is required") @JsonDeserialize(using = StrictString.class) String phaseId,
            @NotNull(message = "a string is required") @JsonDeserialize(using = StrictString.class) String runId,
            @NotNull(message = "a string is required") @Size(max = 100_000)
            @JsonDeserialize(using = StrictString.class) String reviewNotes,
            @JsonProperty("issues_found") @Size(max = 100) List<@NotNull @Valid SuggestedIssue> issuesFound,
            @Size(max = 100) List<@NotNull @Valid SuggestedPatch> suggestedPatches,
            @Min(0) @Max(1000) Integer auditorAttempts,
            @Min(0) @Max(MAX_TOKENS) Long tokensUsed,
            @NotNull(message = "approve, revise or escalate is required")
            @Pattern(regexp = "approve|revise|escalate", message = "approve, revise or escalate")
            @JsonDeserialize(using = StrictString.class) String recommendation,
            @Pattern(regexp = "low|medium|high", message = "low, medium or high")
            @JsonDeserialize(using = StrictString.class) String confidence) {
    }

    @Schema(description = "An object, or the original's bare JSON array of evidence references", example = """
            {"evidence_refs": ["logs/test.txt"]}""")
    record IssueEvidence(@JsonProperty("evidence_refs") @Size(max = 50, message = "at most 50 references")
                         List<@Size(max = 500) String> evidenceRefs) {

        /** The original read evidence_refs from a bare JSON array body. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static IssueEvidence of(List<String> evidenceRefs) {
            return new IssueEvidence(evidenceRefs);
        }
    }

    /** What every executor endpoint answers: the phase and the run after the change. */
    record PhaseResult(String message, String runId, String phaseId,
                       @Schema(allowableValues = {"QUEUED", "EXECUTING", "GATE", "CI_RUNNING", "COMPLETE", "FAILED",
                               "SKIPPED"}) String phaseState,
                       String runState, long runTokensUsed, Long approvalId, int minorIssueCount,
                       int majorIssueCount,
                       @JsonProperty("issue_state")
                       @Schema(allowableValues = {"no_issues", "has_minor_issues", "has_major_issues"})
                       String issueState) {
    }
}
