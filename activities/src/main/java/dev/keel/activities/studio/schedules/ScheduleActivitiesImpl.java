package dev.keel.activities.studio.schedules;

import dev.keel.activities.approvals.TelegramCalls;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioResults;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import dev.keel.domain.studio.runs.TargetRef;
import dev.keel.domain.studio.schedules.Regressions;
import dev.keel.domain.studio.schedules.StudioSchedule;
import dev.keel.domain.studio.schedules.StudioSchedules;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.studio.schedules.BenchmarkSchedules;
import dev.keel.workflows.studio.schedules.ScheduleActivities;
import dev.keel.workflows.studio.schedules.ScheduledBenchmarkInput;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Component("studioScheduleActivities")
public class ScheduleActivitiesImpl implements ScheduleActivities {
    /** How many earlier runs of the schedule make the baseline. */
    static final int BASELINE_RUNS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleActivitiesImpl.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StudioSchedules schedules;
    private final StudioRuns runs;
    private final StudioResults results;
    private final StudioTargets targets;
    private final RunIndex runIndex;
    private final TransactionTemplate transactions;
    private final WorkflowClient client;
    private final TelegramCalls telegram;
    private final ApprovalSettings settings;

    public ScheduleActivitiesImpl(StudioSchedules schedules, StudioRuns runs, StudioResults results,
                                  StudioTargets targets, RunIndex runIndex, TransactionTemplate transactions,
                                  WorkflowClient client, TelegramCalls telegram, ApprovalSettings settings) {
        this.schedules = schedules;
        this.runs = runs;
        this.results = results;
        this.targets = targets;
        this.runIndex = runIndex;
        this.transactions = transactions;
        this.client = client;
        this.telegram = telegram;
        this.settings = settings;
    }

    @Override
    public String createRun(ScheduledBenchmarkInput input, String workflowId) {
        Optional<StudioSchedule> found = schedules.find(input.scheduleId());
        if (found.isEmpty()) {
            deleteTemporalSchedule(input.temporalScheduleId());
            return null;
        }
        StudioSchedule schedule = found.get();
        String runId = UUID.nameUUIDFromBytes(workflowId.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        if (runs.find(runId).isPresent()) {
            return runId;
        }
        List<TargetRef> selected = new ArrayList<>();
        targets.all(schedule.userId()).stream().filter(t -> schedule.models().contains(t.modelId()))
                .map(t -> new TargetRef(t.providerKey(), t.modelId())).distinct().forEach(selected::add);
        schedules.markRun(schedule.id());
        if (selected.isEmpty()) {
            LOG.warn("Schedule {}: none of its models {} is configured any more; nothing run", schedule.id(),
                    schedule.models());
            return null;
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "schedule");
        metadata.put("schedule_id", schedule.id());
        metadata.put("schedule_name", schedule.name());
        StudioRun.Request request = new StudioRun.Request(schedule.prompt(), schedule.maxTokens(),
                schedule.temperature(), 1, List.of(0), false, 120, null, selected, JSON.writeValueAsString(metadata));
        String benchmarkWorkflowId = WorkflowKind.STUDIO_BENCHMARK.idPrefix() + runId;
        transactions.executeWithoutResult(tx -> {
            runs.insert(runId, schedule.orgId(), schedule.userId(), benchmarkWorkflowId, request);
            runIndex.registerRunning(schedule.orgId(), WorkflowKind.STUDIO_BENCHMARK.kind(), runId,
                    benchmarkWorkflowId, "Scheduled benchmark " + schedule.name() + ": " + selected.size()
                            + " model(s)");
        });
        return runId;
    }

    @Override
    public int checkRegressions(String scheduleId, String runId) {
        Optional<StudioSchedule> schedule = schedules.find(scheduleId);
        Optional<StudioRun> run = runs.find(runId);
        if (schedule.isEmpty() || run.isEmpty() || !StudioRun.COMPLETED.equals(run.get().status())) {
            return 0;
        }
        List<StudioResult> previous = new ArrayList<>();
        schedules.previousRuns(scheduleId, runId, BASELINE_RUNS).forEach(id -> previous.addAll(results.ofRun(id)));
        List<Regressions.Regression> found = Regressions.find(results.ofRun(runId), previous,
                schedule.get().alertThresholdPct());
        for (Regressions.Regression r : found) {
            if (schedules.recordAlert(scheduleId, runId, r.modelId(), r.metric(), r.previous(), r.current(),
                    r.changePct())) {
                notify(schedule.get(), r);
            }
        }
        return found.size();
    }

    /** Best effort: the alert is recorded either way, and a retry must not send it twice. */
    private void notify(StudioSchedule schedule, Regressions.Regression r) {
        ApprovalConfig config = settings.current();
        if (config.botToken() == null || config.chatId() == null) {
            return;
        }
        String text = String.format("Benchmark regression in schedule \"%s\": %s %s %.1f -> %.1f (%+.1f%%,"
                        + " threshold %.0f%%)", schedule.name(), r.modelId(), r.metric(), r.previous(), r.current(),
                r.changePct(), schedule.alertThresholdPct());
        try {
            telegram.sendMessage(config, text, List.of());
        } catch (RuntimeException e) {
            LOG.warn("Could not send the regression alert of schedule {} to Telegram: {}", schedule.id(),
                    e.getMessage());
        }
    }

    private void deleteTemporalSchedule(String temporalScheduleId) {
        try {
            BenchmarkSchedules.client(client).getHandle(temporalScheduleId).delete();
            LOG.info("Deleted the Temporal Schedule {}: its studio schedule (or owner) no longer exists",
                    temporalScheduleId);
        } catch (ScheduleException | io.grpc.StatusRuntimeException e) {
            LOG.debug("Temporal Schedule {} already gone: {}", temporalScheduleId, e.getMessage());
        }
    }
}
