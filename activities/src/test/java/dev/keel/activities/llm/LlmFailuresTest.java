package dev.keel.activities.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmException.Kind;
import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmFailuresTest {

    @Test
    void deterministicFailuresAreNonRetryableWithTheirFailureType() {
        assertThat(failure(Kind.AUTH)).satisfies(f -> {
            assertThat(f.isNonRetryable()).isTrue();
            assertThat(f.getType()).isEqualTo(FailureType.AUTH.type());
        });
        assertThat(failure(Kind.BAD_REQUEST).getType()).isEqualTo(FailureType.UPSTREAM_REJECTED.type());
        assertThat(failure(Kind.BAD_REQUEST).isNonRetryable()).isTrue();
        assertThat(failure(Kind.NOT_CONFIGURED).getType()).isEqualTo(FailureType.CONFIGURATION.type());
        assertThat(failure(Kind.NOT_CONFIGURED).isNonRetryable()).isTrue();
    }

    @Test
    void everythingElseIsRetriedByTemporalARateLimitAfterRetryAfter() {
        for (Kind kind : List.of(Kind.RATE_LIMITED, Kind.TIMEOUT, Kind.MALFORMED, Kind.SERVER_ERROR, Kind.UNREACHABLE,
                Kind.CANCELLED)) {
            ApplicationFailure f = failure(kind);
            assertThat(f.isNonRetryable()).as(kind.name()).isFalse();
            assertThat(List.of(FailureType.all())).as(kind.name()).doesNotContain(f.getType());
        }
        ApplicationFailure limited = LlmFailures.of(new LlmException(Kind.RATE_LIMITED, "slow down", 429,
                Duration.ofSeconds(7)));
        assertThat(limited.getType()).isEqualTo(LlmFailures.RATE_LIMITED);
        assertThat(limited.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure(Kind.MALFORMED).getType()).isEqualTo(LlmFailures.MALFORMED);
    }

    private static ApplicationFailure failure(Kind kind) {
        return LlmFailures.of(new LlmException(kind, "x"));
    }
}
