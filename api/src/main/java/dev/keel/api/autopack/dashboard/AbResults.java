package dev.keel.api.autopack.dashboard;

import dev.keel.domain.autopack.dashboard.RunComparison;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The legacy original's A/B results answer, filled from comparisons of runs of the same plan. */
@Schema(example = """
        {"count": 1, "filters": {"test_id": null, "valid_only": true}, "results": [{"id": 7,
         "test_id": "plan-0cc175b9c0f1", "control_run_id": "build-41", "treatment_run_id": "build-42",
         "is_valid": true, "validity_errors": [], "token_delta": -1200, "time_delta_seconds": -30.5,
         "success_rate_delta": 0.25, "control_total_tokens": 5000, "control_phases_complete": 3,
         "control_phases_failed": 1, "control_total_phases": 4, "treatment_total_tokens": 3800,
         "treatment_phases_complete": 4, "treatment_phases_failed": 0, "treatment_total_phases": 4,
         "created_at": "2026-01-10T12:00:00Z", "created_by": "keel"}]}""")
record AbResults(int count, Filters filters, List<Result> results) {

    record Filters(@Schema(nullable = true) String testId, boolean validOnly) {
    }

    record Result(long id, String testId, String controlRunId, String treatmentRunId, boolean isValid,
                  List<String> validityErrors, long tokenDelta, @Schema(nullable = true) Double timeDeltaSeconds,
                  double successRateDelta, long controlTotalTokens, int controlPhasesComplete,
                  int controlPhasesFailed, int controlTotalPhases, long treatmentTotalTokens,
                  int treatmentPhasesComplete, int treatmentPhasesFailed, int treatmentTotalPhases,
                  Instant createdAt, @Schema(description = "keel: derived from the runs") String createdBy) {

        static Result of(RunComparison c) {
            var a = c.control();
            var b = c.treatment();
            return new Result(c.id(), c.testId(), a.runId(), b.runId(), c.valid(), c.validityErrors(),
                    c.tokenDelta(), c.timeDeltaSeconds(), Math.round(c.successRateDelta() * 10_000) / 10_000.0,
                    a.totalTokens(), a.phasesComplete(), a.phasesFailed(), a.totalPhases(), b.totalTokens(),
                    b.phasesComplete(), b.phasesFailed(), b.totalPhases(), b.createdAt(), "keel");
        }
    }
}
