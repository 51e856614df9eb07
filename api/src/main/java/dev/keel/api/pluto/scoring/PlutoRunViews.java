package dev.keel.api.pluto.scoring;

import dev.keel.api.pluto.scoring.PlutoCandidateViews.PlutoCandidateSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** Answers of the Pluto run endpoints (upload, status, results, confirm, cancel). */
public final class PlutoRunViews {
    private PlutoRunViews() {
    }

    /** skipped_rows counts the rows left out, row_problems every problem found (skipped rows included). */
    public record PlutoUploadResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
                                      int totalCandidates,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                      long skippedRows, int rowProblems) {
    }

    /**
     * status extracting | waiting_confirmation | scoring | complete | failed | cancelled; progress 0-100
     * (extraction 0-40, AI scoring 40-100). ai_unavailable says why AI scoring was given up, else null.
     */
    public record PlutoStatusResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                      String phase, int progress, String message, int candidatesTotal,
                                      int candidatesExtracted, int candidatesScored, int candidatesAiFailed,
                                      boolean skipAiScoring, String aiUnavailable,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<PlutoCandidateSummary> extractedPreview,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<PlutoCandidateSummary> scoredCandidates,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<PlutoCandidateSummary> algoRanked,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<PlutoSkippedRow> skippedRows,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<PlutoRowProblem> rowProblems,
                                      OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    }

    public record PlutoSkippedRow(long row, String reason) {
    }

    /** type is the problem's kind in lower case; column is null when the problem is not about one column. */
    public record PlutoRowProblem(long row, String type, String column, String message) {
    }

    public record PlutoResultsResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                       int total,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                       List<PlutoCandidateSummary> candidates) {
    }

    public record PlutoConfirmResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }

    public record PlutoCancelResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
