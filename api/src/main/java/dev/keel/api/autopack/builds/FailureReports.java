package dev.keel.api.autopack.builds;

import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.domain.autopack.dashboard.ErrorReport;
import dev.keel.domain.autopack.dashboard.ErrorReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the failures the executor reports (a phase set FAILED, a failed builder result, an issue of severity
 * error or critical) as error reports, after the run's workflow accepted the request. The key is the request's
 * delivery key, so a repeated delivery records nothing new.
 */
@Component
class FailureReports {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ErrorReports reports;

    FailureReports(ErrorReports reports) {
        this.reports = reports;
    }

    void phaseFailed(StoredRun run, String phaseId, String deliveryKey, ExecutorBodies.PhaseStatusUpdate body) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("builder_attempts", body.builderAttempts());
        context.put("quality_level", body.qualityLevel());
        record(run, deliveryKey, phaseId, "PhaseFailed", body.failureReason() != null
                ? body.failureReason() : "Phase " + phaseId + " marked FAILED by the executor", "executor",
                "update_status", context);
    }

    void builderFailed(StoredRun run, String phaseId, String deliveryKey, ExecutorBodies.BuilderResult body) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("files_changed", body.filesChanged() == null ? List.of() : body.filesChanged());
        context.put("builder_attempts", body.builderAttempts());
        context.put("failed_probes", body.probeResults() == null ? List.of() : body.probeResults().stream()
                .filter(p -> p.exitCode() != 0).map(p -> Map.of("probe_type", p.probeType(), "exit_code",
                        p.exitCode())).toList());
        record(run, deliveryKey, phaseId, "BuilderFailed", body.notes() != null && !body.notes().isBlank()
                ? body.notes() : "Builder reported status failed", "builder", "builder_result", context);
    }

    void issue(StoredRun run, String phaseId, String deliveryKey, String issueKey, String severity, String source,
               String category) {
        record(run, deliveryKey, phaseId, "IssueRecorded", "Issue " + issueKey + " (" + category + ") of severity "
                + severity + " from " + source, source, "record_issue", Map.of("issue_key", issueKey,
                "severity", severity, "category", category));
    }

    static boolean isError(String severity) {
        return severity.equalsIgnoreCase("error") || severity.equalsIgnoreCase("critical");
    }

    private void record(StoredRun run, String key, String phaseId, String type, String message, String component,
                        String operation, Map<String, Object> context) {
        reports.record(run.id(), key, new ErrorReport(null, phaseId, type, message, component, operation,
                JSON.writeValueAsString(context)));
    }
}
