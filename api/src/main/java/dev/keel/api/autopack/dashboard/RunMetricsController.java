package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.StrictString;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.HumanNotes;
import dev.keel.domain.autopack.builds.StoredRun;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Legacy per-run metrics (X-API-Key, as the seed) and operators' notes. Keel records the tokens each phase spent;
 * artifact substitution and Doctor telemetry are not collected, so their counters are 0.
 */
@RestController
@Tag(name = "autopack")
public class RunMetricsController {
    record TokenEfficiency(String runId, int totalPhases, int totalArtifactSubstitutions,
                           long totalTokensSavedArtifacts, long totalBudgetUsed, long totalBudgetCap,
                           int totalFilesKept, int totalFilesOmitted, int semanticModeCount, int lexicalModeCount,
                           double avgArtifactSubstitutionsPerPhase, double avgTokensSavedPerPhase,
                           double budgetUtilization) {
    }

    record Phase6Stats(String runId, int totalPhases, int failureHardeningTriggeredCount,
                       Map<String, Integer> failurePatternsDetected, int doctorCallsSkippedCount,
                       long totalDoctorTokensAvoidedEstimate, int intentionContextInjectedCount,
                       long totalIntentionContextChars, double avgIntentionContextCharsPerPhase,
                       boolean planNormalizationUsed) {
    }

    @Schema(example = """
            {"note": "Phase P3 needs a second look", "run_id": "build-42"}""")
    record HumanNote(@NotBlank(message = "a non-blank string is required")
                     @Size(max = 20_000, message = "at most 20000 characters")
                     @JsonDeserialize(using = StrictString.class) String note,
                     @Size(max = 128, message = "at most 128 characters")
                     @JsonDeserialize(using = StrictString.class) String runId) {
    }

    record NoteAdded(String message, Instant timestamp, String runId) {
    }

    private final BuildRuns runs;
    private final HumanNotes notes;

    public RunMetricsController(BuildRuns runs, HumanNotes notes) {
        this.runs = runs;
        this.notes = notes;
    }

    @GetMapping("/dashboard/runs/{run_id}/token-efficiency")
    @ApiError(status = 403, description = "Requires the X-API-Key")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public TokenEfficiency tokenEfficiency(Caller caller, @PathVariable("run_id") String runId) {
        StoredRun run = keyed(caller, runId);
        int phases = runs.phases(run.id()).size();
        return new TokenEfficiency(runId, phases, 0, 0, run.tokensUsed(), run.tokenCap(), 0, 0, 0, 0, 0, 0,
                run.tokenCap() == 0 ? 0 : (double) run.tokensUsed() / run.tokenCap());
    }

    @GetMapping("/dashboard/runs/{run_id}/phase6-stats")
    @ApiError(status = 403, description = "Requires the X-API-Key")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public Phase6Stats phase6(Caller caller, @PathVariable("run_id") String runId) {
        StoredRun run = keyed(caller, runId);
        return new Phase6Stats(runId, runs.phases(run.id()).size(), 0, Map.of(), 0, 0, 0, 0, 0, false);
    }

    @PostMapping("/dashboard/human-notes")
    public NoteAdded note(Caller caller, @Valid @RequestBody HumanNote body) {
        Instant at = notes.add(caller.orgId(), body.runId(), body.note());
        return new NoteAdded("Note added successfully", at, body.runId());
    }

    private StoredRun keyed(Caller caller, String runId) {
        if (!caller.isApiKey()) {
            throw ApiException.forbidden("Invalid or missing API key");
        }
        return runs.find(caller.orgId(), runId).orElseThrow(() -> ApiException.notFound("Run not found"));
    }
}
