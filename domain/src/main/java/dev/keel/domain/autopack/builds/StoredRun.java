package dev.keel.domain.autopack.builds;

import java.math.BigDecimal;
import java.time.Instant;

/** An autopack_runs row. */
public record StoredRun(long id, long orgId, String runId, String workflowId, String state, String safetyProfile,
                        String runScope, long tokenCap, int maxPhases, BigDecimal maxDurationMinutes,
                        long tokensUsed, int ciRunsUsed, int minorIssuesCount, int majorIssuesCount,
                        String failureReason, Instant createdAt, Instant startedAt, Instant completedAt) {
}
