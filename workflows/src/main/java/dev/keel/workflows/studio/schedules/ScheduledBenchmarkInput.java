package dev.keel.workflows.studio.schedules;

/** The schedule whose benchmark to run, by id; its Temporal Schedule id lets a run of a deleted schedule stop it. */
public record ScheduledBenchmarkInput(String scheduleId, String temporalScheduleId, long orgId) {
}
