package dev.keel.api.studio.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.platform.ApiException;
import io.grpc.Status;
import io.temporal.client.schedules.ScheduleException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** How Temporal's answers to schedule calls become HTTP answers (the dev server always has the Schedules API). */
class TemporalSchedulesTest {
    @Test
    void aServerWithoutTheSchedulesApiIs503WithTheReason() {
        assertThatThrownBy(() -> TemporalSchedules.call(() -> {
            throw new ScheduleException(Status.UNIMPLEMENTED.withDescription("unknown method CreateSchedule")
                    .asRuntimeException());
        })).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).contains("no Schedules API");
        });
    }

    @Test
    void aRefusedSpecIs422AndAnUnreachableServer503() {
        assertThatThrownBy(() -> TemporalSchedules.call(() -> {
            throw Status.INVALID_ARGUMENT.withDescription("invalid cron").asRuntimeException();
        })).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status().value()).isEqualTo(422));
        assertThatThrownBy(() -> TemporalSchedules.call(() -> {
            throw Status.UNAVAILABLE.asRuntimeException();
        })).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void cronIsFiveFieldsWithOneMinuteOrAMacro() {
        assertThat(ScheduleController.cron(" 0  3 * * 1-5 ")).isEqualTo("0 3 * * 1-5");
        assertThat(ScheduleController.cron("@daily")).isEqualTo("@daily");
        for (String bad : new String[] {"* * * * *", "*/5 * * * *", "@every 1s", "0 0 3 * * *", "", "0 3 * *"}) {
            assertThatThrownBy(() -> ScheduleController.cron(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }
}
