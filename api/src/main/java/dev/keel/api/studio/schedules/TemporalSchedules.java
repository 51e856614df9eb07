package dev.keel.api.studio.schedules;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.schedules.StudioSchedule;
import dev.keel.workflows.studio.schedules.BenchmarkSchedules;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The Temporal Schedules behind scheduled benchmarks. A server without the Schedules API answers 503 (Keel's own
 * reconciler falls back to in-process timers there; user schedules have no such fallback), a cron Temporal refuses 422.
 */
@Component
class TemporalSchedules {
    private final WorkflowClient client;

    TemporalSchedules(WorkflowClient client) {
        this.client = client;
    }

    void create(StudioSchedule s) {
        call(() -> schedules().createSchedule(s.temporalScheduleId(), schedule(s), ScheduleOptions.newBuilder()
                .setMemo(Map.of("name", s.name(), "studio_schedule_id", s.id())).build()));
    }

    /** Recreates the Temporal Schedule when it is gone (deleted by hand in the Temporal UI, say). */
    void update(StudioSchedule s) {
        call(() -> {
            ScheduleHandle handle = handle(s);
            try {
                handle.update(input -> new ScheduleUpdate(schedule(s)));
            } catch (RuntimeException e) {
                if (status(e) != Status.Code.NOT_FOUND) {
                    throw e;
                }
                create(s);
                return null;
            }
            if (s.enabled()) {
                handle.unpause("Enabled in Benchmark Studio");
            } else {
                handle.pause("Disabled in Benchmark Studio");
            }
            return null;
        });
    }

    void delete(StudioSchedule s) {
        call(() -> {
            try {
                handle(s).delete();
            } catch (RuntimeException e) {
                if (status(e) != Status.Code.NOT_FOUND) {
                    throw e;
                }
            }
            return null;
        });
    }

    void trigger(StudioSchedule s) {
        call(() -> {
            try {
                handle(s).trigger();
            } catch (RuntimeException e) {
                if (status(e) != Status.Code.NOT_FOUND) {
                    throw e;
                }
                create(s);
                handle(s).trigger();
            }
            return null;
        });
    }

    /** The next firing, or null when paused or Temporal cannot tell. */
    Instant nextRun(StudioSchedule s) {
        if (!s.enabled()) {
            return null;
        }
        try {
            List<Instant> next = handle(s).describe().getInfo().getNextActionTimes();
            return next == null || next.isEmpty() ? null : next.get(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private io.temporal.client.schedules.Schedule schedule(StudioSchedule s) {
        return BenchmarkSchedules.schedule(s.id(), s.temporalScheduleId(), s.orgId(), s.name(), s.intervalHours(),
                s.cron(), !s.enabled());
    }

    private ScheduleHandle handle(StudioSchedule s) {
        return schedules().getHandle(s.temporalScheduleId());
    }

    private ScheduleClient schedules() {
        return BenchmarkSchedules.client(client);
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Status.Code code = status(e);
            if (code == Status.Code.UNIMPLEMENTED) {
                throw ApiException.unavailable("This Temporal server has no Schedules API, so scheduled benchmarks"
                        + " are unavailable: " + e.getMessage());
            }
            if (code == Status.Code.INVALID_ARGUMENT) {
                throw ApiException.unprocessable("Temporal refused the schedule: " + rootMessage(e));
            }
            if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                throw ApiException.unavailable("Temporal is unavailable: " + rootMessage(e));
            }
            throw e;
        }
    }

    static Status.Code status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StatusRuntimeException s) {
                return s.getStatus().getCode();
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
