package dev.keel.domain.pluto;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of pluto_runs; finishedAt is null while the run is unfinished. */
public record PlutoRun(UUID id, long orgId, String workflowId, String filename, String jobDescription,
        boolean skipAiScoring, String status, String phase, String message, int candidatesTotal,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    public boolean finished() {
        return finishedAt != null;
    }
}
