package dev.keel.domain.autopack.dashboard;

import java.time.Instant;

/** A failure reported about a run (by the executor, or by the run itself when it ends failed). */
public record ErrorReport(Instant createdAt, String phaseId, String errorType, String errorMessage, String component,
                          String operation, String contextJson) {
}
