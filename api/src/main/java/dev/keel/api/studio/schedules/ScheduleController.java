package dev.keel.api.studio.schedules;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.schedules.StudioSchedule;
import dev.keel.domain.studio.schedules.StudioSchedules;
import dev.keel.workflows.studio.schedules.BenchmarkSchedules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's scheduled benchmarks, each a Temporal Schedule (row and schedule change in one transaction). */
@RestController
@Tag(name = "studio")
public class ScheduleController {
    static final double DEFAULT_THRESHOLD_PCT = 25;
    static final List<String> MACROS = List.of("@hourly", "@daily", "@weekly", "@monthly", "@yearly");

    private final StudioSchedules schedules;
    private final TemporalSchedules temporal;
    private final TransactionTemplate transactions;

    public ScheduleController(StudioSchedules schedules, TemporalSchedules temporal, TransactionTemplate transactions) {
        this.schedules = schedules;
        this.temporal = temporal;
        this.transactions = transactions;
    }

    @GetMapping("/api/schedules")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "The caller's scheduled benchmarks, with their next firing from Temporal")
    ScheduleViews.StudioScheduleList list(Caller caller) {
        return new ScheduleViews.StudioScheduleList(schedules.list(caller.orgId(), userId(caller)).stream()
                .map(s -> ScheduleViews.of(s, temporal.nextRun(s))).toList());
    }

    @PostMapping("/api/schedules")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "Creates a scheduled benchmark (every interval_hours or on a cron expression, UTC);"
            + " a firing while the previous one still runs is skipped")
    ScheduleViews.StudioScheduleStatus create(Caller caller, @Valid @RequestBody ScheduleRequest body) {
        long userId = userId(caller);
        if (body.name() == null || body.prompt() == null || body.models() == null) {
            throw ApiException.unprocessable("name, prompt and models are required");
        }
        if ((body.intervalHours() == null) == (body.cron() == null)) {
            throw ApiException.unprocessable("Give exactly one of interval_hours and cron");
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        StudioSchedule schedule = new StudioSchedule(id, caller.orgId(), userId, body.name().trim(),
                BenchmarkSchedules.temporalId(body.name(), id), body.prompt(), List.copyOf(body.models()),
                body.maxTokens() == null ? 512 : body.maxTokens(),
                body.temperature() == null ? 0.7 : body.temperature(), body.intervalHours(), cron(body.cron()),
                body.enabled() == null || body.enabled(),
                body.alertThresholdPct() == null ? DEFAULT_THRESHOLD_PCT : body.alertThresholdPct(), null, null);
        transactions.executeWithoutResult(tx -> {
            schedules.insert(schedule);
            temporal.create(schedule);
        });
        return new ScheduleViews.StudioScheduleStatus("ok", id, null);
    }

    @PutMapping("/api/schedules/{schedule_id}")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "Updates any field; enabled false pauses the Temporal Schedule, true resumes it."
            + " Setting interval_hours clears cron and the other way round.")
    ScheduleViews.StudioScheduleStatus update(Caller caller, @PathVariable("schedule_id") String scheduleId,
                                              @Valid @RequestBody ScheduleRequest body) {
        StudioSchedule old = owned(caller, scheduleId);
        if (body.intervalHours() != null && body.cron() != null) {
            throw ApiException.unprocessable("Give at most one of interval_hours and cron");
        }
        boolean cronGiven = body.cron() != null;
        boolean intervalGiven = body.intervalHours() != null;
        StudioSchedule updated = new StudioSchedule(old.id(), old.orgId(), old.userId(),
                body.name() == null ? old.name() : body.name().trim(), old.temporalScheduleId(),
                body.prompt() == null ? old.prompt() : body.prompt(),
                body.models() == null ? old.models() : List.copyOf(body.models()),
                body.maxTokens() == null ? old.maxTokens() : body.maxTokens(),
                body.temperature() == null ? old.temperature() : body.temperature(),
                cronGiven ? null : intervalGiven ? body.intervalHours() : old.intervalHours(),
                cronGiven ? cron(body.cron()) : intervalGiven ? null : old.cron(),
                body.enabled() == null ? old.enabled() : body.enabled(),
                body.alertThresholdPct() == null ? old.alertThresholdPct() : body.alertThresholdPct(),
                old.lastRun(), old.createdAt());
        transactions.executeWithoutResult(tx -> {
            schedules.update(updated);
            temporal.update(updated);
        });
        return new ScheduleViews.StudioScheduleStatus("ok", old.id(), null);
    }

    @DeleteMapping("/api/schedules/{schedule_id}")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "Deletes the schedule and its Temporal Schedule (runs already made stay in history)")
    ScheduleViews.StudioScheduleStatus delete(Caller caller, @PathVariable("schedule_id") String scheduleId) {
        StudioSchedule schedule = owned(caller, scheduleId);
        transactions.executeWithoutResult(tx -> {
            schedules.delete(schedule.orgId(), schedule.userId(), schedule.id());
            temporal.delete(schedule);
        });
        return new ScheduleViews.StudioScheduleStatus("ok", schedule.id(), null);
    }

    @PostMapping("/api/schedules/{schedule_id}/trigger")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "Fires the schedule now (skipped if its previous firing still runs)")
    ScheduleViews.StudioScheduleStatus trigger(Caller caller, @PathVariable("schedule_id") String scheduleId) {
        temporal.trigger(owned(caller, scheduleId));
        return new ScheduleViews.StudioScheduleStatus("ok", scheduleId, "Benchmark triggered");
    }

    @GetMapping("/api/schedules/{schedule_id}/alerts")
    @ApiError(status = 503, description = "The Temporal server has no Schedules API or is unavailable")
    @Operation(description = "Regressions of the schedule's runs (median TTFT up or output speed down by more than"
            + " alert_threshold_pct against its previous runs), newest first")
    ScheduleViews.StudioScheduleAlerts alerts(Caller caller, @PathVariable("schedule_id") String scheduleId,
                                              @Parameter(schema = @Schema(minimum = "1", maximum = "500",
                                                      defaultValue = "100"))
                                              @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiException.unprocessable("limit must be between 1 and 500");
        }
        StudioSchedule schedule = owned(caller, scheduleId);
        return new ScheduleViews.StudioScheduleAlerts(schedules.alerts(schedule.id(), limit).stream()
                .map(ScheduleViews::of).toList());
    }

    private StudioSchedule owned(Caller caller, String scheduleId) {
        return schedules.findOwned(caller.orgId(), userId(caller), scheduleId)
                .orElseThrow(() -> ApiException.notFound("Schedule not found"));
    }

    /**
     * Five fields (minute hour day-of-month month day-of-week, UTC) with one fixed minute, or @hourly, @daily,
     * @weekly, @monthly, @yearly: at most hourly, as the original's interval_hours >= 1. Temporal checks the rest.
     */
    static String cron(String cron) {
        if (cron == null) {
            return null;
        }
        String trimmed = cron.trim();
        if (MACROS.contains(trimmed)) {
            return trimmed;
        }
        String[] fields = trimmed.split("\\s+");
        if (fields.length != 5 || !fields[0].matches("[0-5]?[0-9]")) {
            throw ApiException.unprocessable("cron must have 5 fields (minute hour day month weekday, UTC) with a"
                    + " single minute (at most hourly), or be one of " + String.join(", ", MACROS));
        }
        return String.join(" ", fields);
    }

    private static long userId(Caller caller) {
        if (caller.userId() == null) {
            throw ApiException.forbidden("Benchmark Studio needs a user's token; an organization API key has no user");
        }
        return caller.userId();
    }
}
