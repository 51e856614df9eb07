package dev.keel.workflows.studio.schedules;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowKind;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The Temporal Schedule of a scheduled benchmark: its id, its spec (interval or cron) and its action. */
public final class BenchmarkSchedules {
    public static final String ID_PREFIX = "studio-schedule-";

    private BenchmarkSchedules() {
    }

    public static ScheduleClient client(WorkflowClient client) {
        return ScheduleClient.newInstance(client.getWorkflowServiceStubs(),
                ScheduleClientOptions.newBuilder().setNamespace(client.getOptions().getNamespace()).build());
    }

    /** Readable in the Temporal UI: {@code studio-schedule-{name as a slug}-{id}}. */
    public static String temporalId(String name, String scheduleId) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return ID_PREFIX + (slug.isEmpty() ? "" : slug + "-") + scheduleId;
    }

    /** One of {@code intervalHours} and {@code cron} is set. Overlapping firings are skipped. */
    public static Schedule schedule(String scheduleId, String temporalId, long orgId, String name,
                                    Integer intervalHours, String cron, boolean paused) {
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowKind.STUDIO_SCHEDULED.idPrefix() + scheduleId)
                .setTaskQueue(WorkflowKind.STUDIO_SCHEDULED.taskQueue())
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, WorkflowKind.STUDIO_SCHEDULED))
                // Both or neither: SDK 1.38 cannot describe a schedule whose action has a summary but no details.
                .setStaticSummary("Scheduled benchmark: " + name)
                .setStaticDetails("Benchmark Studio schedule " + scheduleId + " (" + describe(intervalHours, cron)
                        + "): one run per model, no warm-up, then regression alerts against its previous runs.")
                .setWorkflowExecutionTimeout(Duration.ofHours(13))
                .build();
        ScheduleSpec.Builder spec = ScheduleSpec.newBuilder();
        if (cron != null) {
            spec.setCronExpressions(List.of(cron));
        } else {
            spec.setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(intervalHours))));
        }
        return Schedule.newBuilder()
                .setAction(ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(ScheduledBenchmarkWorkflow.class)
                        .setArguments(new ScheduledBenchmarkInput(scheduleId, temporalId, orgId))
                        .setOptions(options)
                        .build())
                .setSpec(spec.build())
                .setPolicy(SchedulePolicy.newBuilder()
                        .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP).build())
                .setState(ScheduleState.newBuilder().setPaused(paused)
                        .setNote(paused ? "Disabled in Benchmark Studio" : "").build())
                .build();
    }

    public static String describe(Integer intervalHours, String cron) {
        return cron != null ? "cron " + cron : "every " + intervalHours + " h";
    }
}
