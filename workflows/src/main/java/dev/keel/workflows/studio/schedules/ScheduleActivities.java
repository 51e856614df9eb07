package dev.keel.workflows.studio.schedules;

import io.temporal.activity.ActivityInterface;

@ActivityInterface(namePrefix = "StudioSchedule")
public interface ScheduleActivities {
    /**
     * Creates the studio run of this firing (idempotent: its id derives from {@code workflowId}) with its run index
     * row, and returns the run id; null when there is nothing to run (the schedule or its owner is gone, in which
     * case the Temporal Schedule is deleted, or none of its models is configured any more).
     */
    String createRun(ScheduledBenchmarkInput input, String workflowId);

    /** Compares the run with the schedule's previous runs; records (and notifies) regressions; returns their count. */
    int checkRegressions(String scheduleId, String runId);
}
