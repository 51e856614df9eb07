package dev.keel.domain.pluto.scoring;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of pluto_runs; finishedAt is null while the run is unfinished. aiUnavailable is why AI scoring was given
 * up for the run (provider refused the credentials, no LLM), kept after the run ended; null otherwise.
 */
public record PlutoRun(UUID id, long orgId, String workflowId, String filename, String jobDescription,
        boolean skipAiScoring, String status, String phase, String message, int candidatesTotal,
        OffsetDateTime createdAt, OffsetDateTime finishedAt, String aiUnavailable) {
    public PlutoRun(UUID id, long orgId, String workflowId, String filename, String jobDescription,
                    boolean skipAiScoring, String status, String phase, String message, int candidatesTotal,
                    OffsetDateTime createdAt, OffsetDateTime finishedAt) {
        this(id, orgId, workflowId, filename, jobDescription, skipAiScoring, status, phase, message, candidatesTotal,
                createdAt, finishedAt, null);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
