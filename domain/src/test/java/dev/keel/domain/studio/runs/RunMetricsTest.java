package dev.keel.domain.studio.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden values of every per-run formula (seeds/README.md, 001). */
class RunMetricsTest {
    private static final long MS = 1_000_000L;

    @Test
    void metricsFromUsage() {
        RunMetrics m = RunMetrics.of(250 * MS, 2250 * MS, 101, 50, 500, new ModelPrice(0.15, 0.60));
        assertThat(m.ttftMs()).isEqualTo(250.0);
        assertThat(m.totalTimeS()).isEqualTo(2.25);
        assertThat(m.outputTokens()).isEqualTo(101);
        assertThat(m.outputTokensFromUsage()).isTrue();
        assertThat(m.tokensPerSecond()).isEqualTo(44.89);          // 101 / 2.25
        assertThat(m.outputSpeedTps()).isEqualTo(50.5);            // 101 / (2.25 - 0.25)
        assertThat(m.itlMs()).isEqualTo(20.0);                     // 2000 ms / (101 - 1)
        assertThat(m.inputTokensPerSecond()).isEqualTo(2000.0);    // 500 / 0.25
        assertThat(m.cost()).isEqualTo(0.0001356);                 // 500 * 0.15e-6 + 101 * 0.60e-6
    }

    @Test
    void outputTokensFallBackToChunks() {
        RunMetrics m = RunMetrics.of(250 * MS, 2250 * MS, null, 50, 500, null);
        assertThat(m.outputTokens()).isEqualTo(50);
        assertThat(m.outputTokensFromUsage()).isFalse();
        assertThat(m.tokensPerSecond()).isEqualTo(22.22);
        assertThat(m.itlMs()).isEqualTo(40.82);                    // 2000 / 49
        assertThat(m.cost()).isZero();
    }

    @Test
    void degenerateDenominatorsAreNull() {
        RunMetrics single = RunMetrics.of(100 * MS, 100 * MS, 1, 1, 0, null);
        assertThat(single.outputSpeedTps()).isNull();
        assertThat(single.itlMs()).isNull();
        assertThat(RunMetrics.of(0, 0, 0, 0, 10, null).inputTokensPerSecond()).isNull();
        assertThat(RunMetrics.of(0, 0, 0, 0, 10, null).tokensPerSecond()).isZero();
    }

    @Test
    void roundingAsTheOriginal() {
        RunMetrics m = RunMetrics.of(123_456_789L, 1_234_567_891L, 7, 7, 3, null);
        assertThat(m.ttftMs()).isEqualTo(123.46);
        assertThat(m.totalTimeS()).isEqualTo(1.235);
    }

    @Test
    void pricesFromCustomFieldsElseTheTable() {
        assertThat(ModelPrice.resolve("gpt-4o-mini", Map.of("input_cost_per_mtok", 1, "output_cost_per_mtok", "2")))
                .contains(new ModelPrice(1, 2));
        assertThat(ModelPrice.resolve("gpt-4o-mini", Map.of())).contains(new ModelPrice(0.15, 0.60));
        assertThat(ModelPrice.resolve("gpt-4o", null)).contains(new ModelPrice(2.50, 10.00));
        assertThat(ModelPrice.resolve("anthropic/claude-sonnet-4-5", null)).contains(new ModelPrice(3.0, 15.0));
        assertThat(ModelPrice.resolve("local/llama", null)).isEmpty();
    }

    @Test
    void errorTags() {
        assertThat(ErrorTags.tag("RATE_LIMITED", "slow down")).isEqualTo("[rate_limited] slow down");
        assertThat(ErrorTags.tag("AUTH", "bad key")).isEqualTo("[auth_failed] bad key");
        assertThat(ErrorTags.tag("TIMEOUT", "no answer")).isEqualTo("[timeout] no answer");
        assertThat(ErrorTags.tag("SERVER_ERROR", "500")).isEqualTo("500");
        assertThat(ErrorTags.tag(null, null)).isEqualTo("call failed");
    }
}
