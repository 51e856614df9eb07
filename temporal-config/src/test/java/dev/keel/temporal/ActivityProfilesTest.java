package dev.keel.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityProfilesTest {

    @Test
    void deterministicFailuresAreNeverRetried() {
        List<RetryOptions> policies = List.of(ActivityProfiles.shortIo().getRetryOptions(),
                ActivityProfiles.llmCall().getRetryOptions(), ActivityProfiles.notification().getRetryOptions(),
                ActivityProfiles.localDbWrite().getRetryOptions());
        for (RetryOptions policy : policies) {
            assertThat(policy.getDoNotRetry()).contains(FailureType.all())
                    .contains("java.lang.IllegalArgumentException", "java.lang.NullPointerException",
                            "org.springframework.dao.DataIntegrityViolationException");
        }
    }

    @Test
    void modelCallsAndNotificationsAreCapped() {
        assertThat(ActivityProfiles.llmCall().getRetryOptions().getMaximumAttempts()).isBetween(1, 5);
        assertThat(ActivityProfiles.notification().getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(10));
    }
}
