package dev.keel.activities.platform;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.platform.ReconcilerWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates (or updates) the Temporal Schedule {@code keel-reconciler} that starts a {@code ReconcilerWorkflow}
 * every {@code KEEL_RECONCILE_INTERVAL} (default 1 minute), skipping a pass while the previous one runs.
 * Every process with workers does it; the schedule id makes it one schedule.
 */
@Component
public class ReconcilerSchedule {
    public static final String SCHEDULE_ID = "keel-reconciler";
    private static final Logger LOG = LoggerFactory.getLogger(ReconcilerSchedule.class);

    private final WorkflowClient client;
    private final Duration interval;
    private final boolean workersEnabled;

    public ReconcilerSchedule(WorkflowClient client,
                              ReconcilerSettings settings,
                              @Value("${spring.temporal.start-workers}") boolean workersEnabled) {
        this.client = client;
        this.interval = settings.interval();
        this.workersEnabled = workersEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        if (!workersEnabled) {
            return;
        }
        ScheduleClient schedules = ScheduleClient.newInstance(client.getWorkflowServiceStubs(),
                ScheduleClientOptions.newBuilder().setNamespace(client.getOptions().getNamespace()).build());
        Schedule schedule = schedule();
        try {
            try {
                schedules.createSchedule(SCHEDULE_ID, schedule, ScheduleOptions.newBuilder().build());
                LOG.info("Created the Temporal Schedule {} (every {})", SCHEDULE_ID, interval);
            } catch (ScheduleAlreadyRunningException e) {
                // Replaced rather than updated: an update must first describe the schedule, and SDK 1.38 could
                // not decode the action of a schedule written by an earlier Keel (a summary without details).
                schedules.getHandle(SCHEDULE_ID).delete();
                schedules.createSchedule(SCHEDULE_ID, schedule, ScheduleOptions.newBuilder().build());
            }
        } catch (ScheduleAlreadyRunningException e) {
            LOG.debug("Another process created the Temporal Schedule {} at the same moment", SCHEDULE_ID);
        } catch (RuntimeException e) {
            LOG.warn("Could not create the Temporal Schedule {} (runs Temporal closed will not be reconciled"
                    + " in the background): {}", SCHEDULE_ID, e.getMessage());
        }
    }

    private Schedule schedule() {
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowKind.PLATFORM_RECONCILER.idPrefix())
                .setTaskQueue(WorkflowKind.PLATFORM_RECONCILER.taskQueue())
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(KeelSearchAttributes.KIND, WorkflowKind.PLATFORM_RECONCILER.kind()).build())
                .setStaticSummary("Keel reconciler: closes runs that Temporal closed without Keel knowing")
                // Both or neither: the Java SDK cannot describe a schedule whose action has a summary but no details.
                .setStaticDetails("Every " + interval + ", checks up to 500 open runs of Keel's run index against"
                        + " Temporal and closes those whose workflow was terminated, cancelled, timed out or failed"
                        + " without recording it (run index row, product state, final SSE event).")
                .setWorkflowExecutionTimeout(Duration.ofMinutes(5))
                .build();
        return Schedule.newBuilder()
                .setAction(ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(ReconcilerWorkflow.class)
                        .setOptions(options)
                        .build())
                .setSpec(ScheduleSpec.newBuilder().setIntervals(List.of(new ScheduleIntervalSpec(interval))).build())
                .setPolicy(SchedulePolicy.newBuilder()
                        .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP).build())
                .build();
    }
}
