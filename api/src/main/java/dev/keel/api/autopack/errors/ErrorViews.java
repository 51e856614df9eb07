package dev.keel.api.autopack.errors;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The original's error report shapes. Keel reports come from the executor's requests and the run itself, not
 * from a Python exception: traceback is null, stack_frames empty, python_version null, platform names the JVM.
 */
final class ErrorViews {
    private ErrorViews() {
    }

    @Schema(example = """
            {"run_id": "build-42", "error_count": 1, "errors": [{"timestamp": "2026-01-10T12:00:00Z",
             "error_type": "BuilderFailed", "error_message": "tests failed", "run_id": "build-42",
             "phase_id": "P1", "component": "builder", "operation": "builder_result", "traceback": null,
             "stack_frames": [], "context_data": {"files_changed": ["a.py"]}, "python_version": null,
             "platform": "Linux (Java 17)"}]}""")
    record RunErrors(String runId, int errorCount, List<ErrorEntry> errors) {
    }

    record ErrorEntry(Instant timestamp, String errorType, String errorMessage, String runId,
                      @Schema(nullable = true) String phaseId, String component, String operation,
                      @Schema(nullable = true) String traceback, List<Object> stackFrames,
                      Map<String, Object> contextData, @Schema(nullable = true) String pythonVersion,
                      String platform) {
    }

    @Schema(example = """
            {"run_id": "build-42", "summary": "No errors reported for run build-42"}""")
    record ErrorSummary(String runId, String summary) {
    }
}
