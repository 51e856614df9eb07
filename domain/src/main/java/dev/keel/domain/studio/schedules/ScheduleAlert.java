package dev.keel.domain.studio.schedules;

import java.time.Instant;

/** A regression of one model's metric in a scheduled run against the schedule's previous runs. */
public record ScheduleAlert(long id, String scheduleId, String runId, String modelId, String metric, double previous,
                            double current, double changePct, Instant createdAt) {
    public static final String TTFT = "ttft_ms";
    public static final String OUTPUT_SPEED = "output_speed_tps";
}
