package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LlmHttpErrorsTest {

    @Test
    void eachKindHasOneStatus() {
        assertThat(status(Kind.NOT_CONFIGURED)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(status(Kind.RATE_LIMITED)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(status(Kind.TIMEOUT)).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        for (Kind kind : new Kind[] {Kind.AUTH, Kind.BAD_REQUEST, Kind.MALFORMED, Kind.SERVER_ERROR, Kind.UNREACHABLE}) {
            assertThat(status(kind)).as(kind.name()).isEqualTo(HttpStatus.BAD_GATEWAY);
        }
        assertThat(LlmHttpErrors.of(new LlmException(Kind.AUTH, "no")).getMessage()).contains("KEEL_LLM_API_KEY");
    }

    @Test
    void aRateLimitPassesTheProvidersRetryAfterOnRoundedUp() {
        assertThat(LlmHttpErrors.of(new LlmException(Kind.RATE_LIMITED, "x", 429, Duration.ofMillis(1_200)))
                .retryAfterSeconds()).isEqualTo("2");
        assertThat(LlmHttpErrors.of(new LlmException(Kind.RATE_LIMITED, "x")).retryAfterSeconds()).isEqualTo("5");
    }

    private static HttpStatus status(Kind kind) {
        return LlmHttpErrors.of(new LlmException(kind, "x")).status();
    }
}
