package dev.keel.domain.studio.schedules;

import java.time.Instant;
import java.util.List;

/** A scheduled benchmark: every {@code intervalHours} or on a {@code cron} expression (exactly one is set). */
public record StudioSchedule(String id, long orgId, long userId, String name, String temporalScheduleId,
                             String prompt, List<String> models, int maxTokens, double temperature,
                             Integer intervalHours, String cron, boolean enabled, double alertThresholdPct,
                             Instant lastRun, Instant createdAt) {
}
