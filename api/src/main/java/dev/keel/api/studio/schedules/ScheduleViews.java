package dev.keel.api.studio.schedules;

import dev.keel.domain.studio.schedules.ScheduleAlert;
import dev.keel.domain.studio.schedules.StudioSchedule;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The shapes the schedule endpoints answer with (the original's fields plus cron, alerts and the Temporal id). */
final class ScheduleViews {
    private ScheduleViews() {
    }

    record StudioScheduleView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long userId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String prompt,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> models,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int maxTokens,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double temperature,
                              Integer intervalHours, String cron,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"0", "1"},
                                      description = "1 when running on schedule, 0 when paused (as the original)")
                              int enabled,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double alertThresholdPct,
                              Instant lastRun,
                              @Schema(description = "Next firing from Temporal; null when paused or unknown")
                              Instant nextRun,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant created,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String temporalScheduleId) {
    }

    record StudioScheduleList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                              List<StudioScheduleView> schedules) {
    }

    record StudioScheduleStatus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                String id, String message) {
    }

    record StudioScheduleAlertView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modelId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                           allowableValues = {"ttft_ms", "output_speed_tps"}) String metric,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                           description = "Median over the schedule's previous runs") double previous,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double current,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double changePct,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant created) {
    }

    record StudioScheduleAlerts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                List<StudioScheduleAlertView> alerts) {
    }

    static StudioScheduleView of(StudioSchedule s, Instant nextRun) {
        return new StudioScheduleView(s.id(), s.userId(), s.name(), s.prompt(), s.models(), s.maxTokens(),
                s.temperature(), s.intervalHours(), s.cron(), s.enabled() ? 1 : 0, s.alertThresholdPct(),
                s.lastRun(), nextRun, s.createdAt(), s.temporalScheduleId());
    }

    static StudioScheduleAlertView of(ScheduleAlert a) {
        return new StudioScheduleAlertView(a.id(), a.runId(), a.modelId(), a.metric(), a.previous(), a.current(),
                a.changePct(), a.createdAt());
    }
}
