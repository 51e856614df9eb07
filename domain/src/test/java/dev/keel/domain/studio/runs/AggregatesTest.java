package dev.keel.domain.studio.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Golden values of the aggregate formulas, the comparison interval and the context tiers. */
class AggregatesTest {
    private static List<RunAggregate.Sample> samples(double[] tps, double[] ttft) {
        return IntStream.range(0, tps.length).mapToObj(i -> new RunAggregate.Sample(true, tps[i], ttft[i], 1.0,
                100.0, tps[i] * 2, 10.0, 0.001, null)).collect(Collectors.toList());
    }

    @Test
    void fiveRuns() {
        RunAggregate a = RunAggregate.of("m", "M", "P", 0,
                samples(new double[] {10, 12, 11, 13, 14}, new double[] {500, 100, 300, 200, 400}));
        assertThat(a.avgTokensPerSecond()).isEqualTo(12.0);
        assertThat(a.minTokensPerSecond()).isEqualTo(10.0);
        assertThat(a.maxTokensPerSecond()).isEqualTo(14.0);
        assertThat(a.p50TokensPerSecond()).isEqualTo(12.0);
        assertThat(a.p95TokensPerSecond()).isEqualTo(13.8);        // rank 0.95 * 4 = 3.8
        assertThat(a.stdDevTps()).isEqualTo(1.58);                 // sqrt(10 / 4)
        assertThat(a.cvTps()).isEqualTo(13.18);
        assertThat(a.p50TtftMs()).isEqualTo(300.0);
        assertThat(a.p95TtftMs()).isEqualTo(480.0);
        assertThat(a.p99TtftMs()).isEqualTo(496.0);
        assertThat(a.avgOutputSpeedTps()).isEqualTo(24.0);
        assertThat(a.confidenceLevel()).isEqualTo("medium");
    }

    @Test
    void p95IsTheMaxBelowFourRunsAndFailuresAreCountedApart() {
        List<RunAggregate.Sample> s = new java.util.ArrayList<>(
                samples(new double[] {100, 101, 99}, new double[] {1, 2, 3}));
        s.add(new RunAggregate.Sample(false, 0, 0, 0, null, null, null, 0, "[timeout] no answer"));
        RunAggregate a = RunAggregate.of("m", "M", "P", 1000, s);
        assertThat(a.p95TokensPerSecond()).isEqualTo(101.0);
        assertThat(a.successCount()).isEqualTo(3);
        assertThat(a.errorCount()).isEqualTo(1);
        assertThat(a.error()).isEqualTo("[timeout] no answer");
        assertThat(a.confidenceLevel()).isEqualTo("high");        // CV 1 % with 3 runs
    }

    @Test
    void confidenceRules() {
        assertThat(RunAggregate.confidence(null, 1)).isEqualTo("low");
        assertThat(RunAggregate.confidence(5.0, 2)).isEqualTo("medium");
        assertThat(RunAggregate.confidence(5.0, 3)).isEqualTo("high");
        assertThat(RunAggregate.confidence(31.0, 10)).isEqualTo("low");
        assertThat(RunAggregate.confidence(10.0, 10)).isEqualTo("medium");
        RunAggregate none = RunAggregate.of("m", "M", "P", 0,
                List.of(new RunAggregate.Sample(false, 0, 0, 0, null, null, null, 0, "x")));
        assertThat(none.avgTokensPerSecond()).isNull();
        assertThat(none.stdDevTps()).isNull();
    }

    @Test
    void welchInterval() {
        MetricComparison c = MetricComparison.welch("tps", List.of(10.0, 12.0, 14.0), List.of(20.0, 22.0, 24.0));
        assertThat(c.difference()).isEqualTo(-10.0);
        assertThat(c.degreesOfFreedom()).isEqualTo(4.0);
        assertThat(c.ciLow()).isCloseTo(-14.5339, within(1e-4));
        assertThat(c.ciHigh()).isCloseTo(-5.4661, within(1e-4));
        assertThat(c.significant()).isTrue();
        MetricComparison overlap = MetricComparison.welch("tps", List.of(10.0, 14.0), List.of(11.0, 13.0));
        assertThat(overlap.significant()).isFalse();
        MetricComparison tooFew = MetricComparison.welch("tps", List.of(10.0), List.of(11.0, 13.0));
        assertThat(tooFew.ciLow()).isNull();
        assertThat(tooFew.significant()).isFalse();
    }

    @Test
    void tiersArePaddedWithExactlyNTokensAndSkippedBeyondTheWindow() {
        assertThat(ContextTiers.countTokens(ContextTiers.filler(5000))).isEqualTo(5000);
        assertThat(ContextTiers.countTokens(ContextTiers.filler(37))).isEqualTo(37);
        assertThat(ContextTiers.pad("Hi", 0)).isEqualTo("Hi");
        assertThat(ContextTiers.pad("Hi", 100)).endsWith("\n\nHi");
        assertThat(ContextTiers.fits(0, 100, 512)).isTrue();
        assertThat(ContextTiers.fits(7388, 8000, 512)).isTrue();   // 8000 - 512 - 100
        assertThat(ContextTiers.fits(7389, 8000, 512)).isFalse();
        assertThat(ContextTiers.skipReason(150000, 128000)).isEqualTo("150K exceeds 128K context window");
    }
}
