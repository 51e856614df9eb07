package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** keel-common.yml maps each variable to keel.llm.*, empty when unset: empty must mean the record's default. */
class LlmSettingsBindingTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LlmGatewayConfiguration.class);

    @Test
    void bindsTheVariablesAndTreatsEmptyAsDefault() {
        context.withPropertyValues("keel.llm.provider=anthropic", "keel.llm.base-url=http://127.0.0.1:9/v1",
                "keel.llm.api-key=k", "keel.llm.model=", "keel.llm.timeout=5s", "keel.llm.connect-timeout=")
                .run(started -> {
                    LlmSettings settings = started.getBean(LlmSettings.class);
                    assertThat(settings.provider()).isEqualTo(LlmProvider.ANTHROPIC);
                    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(settings.model()).isNull();
                    assertThat(started).hasSingleBean(LlmGateway.class);
                });
        context.withPropertyValues("keel.llm.provider=openai-compatible", "keel.llm.provider=")
                .run(started -> assertThat(started.getBean(LlmSettings.class).provider())
                        .isEqualTo(LlmProvider.OPENAI_COMPATIBLE));
    }

    @Test
    void aBadValueStopsTheStartNamingTheVariable() {
        context.withPropertyValues("keel.llm.base-url=localhost:8000").run(started -> {
            assertThat(started).hasFailed();
            assertThat(rootCause(started.getStartupFailure()).getMessage())
                    .isEqualTo("KEEL_LLM_BASE_URL must be an http(s) URL, got: localhost:8000");
        });
        context.withPropertyValues("keel.llm.provider=mistral").run(started -> assertThat(started).hasFailed());
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
