package dev.keel.api.studio.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.FakeStreamingProvider.Served;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of the benchmark (bench/studio_timing.sh, docs/PERFORMANCE.md): three fake OpenAI-compatible
 * providers stream in parallel with a time to first token and inter-token gap drawn per request (fixed seed); the
 * TTFT and ITL that Keel records (through the workflow, the activities and the gateway) are compared with what the
 * servers did, taken from the servers' own clock: TTFT from when the request's last byte was read off the socket
 * to when the first chunk was written (the gateway's TTFT counts from when the request was sent, so both sides
 * measure the same interval), ITL from the first to the last chunk written. Then LLMPerf's chunk-as-token bias:
 * the same stream with three tokens per chunk, with and without the provider's usage. Run with -Dkeel.measure=true.
 */
class StudioTimingMeasurement extends KeelApiTest {
    private static final int RUNS = Integer.getInteger("keel.studio.runs", 30);
    private static final int TOKENS = 20;

    @Autowired
    JdbcClient jdbc;

    record Row(String modelId, int runIndex, double ttftMs, Double itlMs, double tps, int outputTokens) {
    }

    @Test
    void measuredTimingsMatchTheInjectedOnes() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("keel.measure"), "a measurement: run with -Dkeel.measure=true");
        StringBuilder report = new StringBuilder();
        List<FakeStreamingProvider> fakes = new ArrayList<>();
        StudioUser user = StudioFixtures.register(http(), "timing");
        assertThat(http().bearer(user.token()).put("/api/admin/users/" + user.id() + "/rate-limit",
                Map.of("max_runs_per_benchmark", 100)).status()).isEqualTo(200);
        List<String> models = List.of("t-a", "t-b", "t-c");
        for (int p = 0; p < models.size(); p++) {
            Random random = new Random(20261202L + p);
            List<Script> drawn = new ArrayList<>();
            for (int i = 0; i < RUNS + 1; i++) {
                drawn.add(Script.stream(30 + random.nextInt(370), 5 + random.nextInt(46), TOKENS));
            }
            FakeStreamingProvider fake = new FakeStreamingProvider().script(models.get(p), n -> drawn.get(n - 1));
            fakes.add(fake);
            StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("tp" + p, fake.baseUrl(), models.get(p),
                    128000), "sk-timing");
        }
        List<Row> rows = run(user, models, RUNS);
        List<Double> ttftErr = new ArrayList<>();
        List<Double> itlErr = new ArrayList<>();
        for (int p = 0; p < models.size(); p++) {
            String model = models.get(p);
            List<Served> served = fakes.get(p).served(model);
            List<Row> measured = rows.stream().filter(r -> r.modelId().equals(model))
                    .sorted(Comparator.comparingInt(Row::runIndex)).toList();
            assertThat(measured).hasSize(RUNS);
            for (int i = 0; i < RUNS; i++) {
                Served truth = served.get(i + 1);          // request 1 is the warm-up
                double ttft = (truth.chunkNanos().get(0) - truth.receivedNanos()) / 1e6;
                List<Long> c = truth.chunkNanos();
                double itl = (c.get(c.size() - 1) - c.get(0)) / 1e6 / (c.size() - 1);
                ttftErr.add(Math.abs(measured.get(i).ttftMs() - ttft));
                itlErr.add(Math.abs(measured.get(i).itlMs() - itl));
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report.append(String.format("runs=%d per provider x 3 providers in parallel, %d tokens each, load %.2f%n",
                RUNS, TOKENS, load));
        report.append(String.format("TTFT abs error ms: median %.2f p95 %.2f p99 %.2f max %.2f; over 10 ms: %d%n",
                pct(ttftErr, 50), pct(ttftErr, 95), pct(ttftErr, 99), pct(ttftErr, 100), over(ttftErr, 10)));
        report.append(String.format("ITL  abs error ms: median %.3f p95 %.3f p99 %.3f max %.3f; over 10 ms: %d%n",
                pct(itlErr, 50), pct(itlErr, 95), pct(itlErr, 99), pct(itlErr, 100), over(itlErr, 10)));
        report.append(chunkBias());
        fakes.forEach(FakeStreamingProvider::close);
        System.out.println("StudioTimingMeasurement\n" + report);
        Files.writeString(Path.of("target", "studio-timing.txt"), report.toString());
        assertThat(pct(ttftErr, 50)).isLessThanOrEqualTo(2.0);
        assertThat(pct(ttftErr, 99)).isLessThanOrEqualTo(10.0);
        assertThat(pct(itlErr, 50)).isLessThanOrEqualTo(2.0);
        assertThat(pct(itlErr, 99)).isLessThanOrEqualTo(10.0);
    }

    /** Three tokens per chunk: with usage the counts are right; without, counting chunks undercounts three times. */
    private String chunkBias() throws Exception {
        StudioUser user = StudioFixtures.register(http(), "timing-bias");
        try (FakeStreamingProvider fake = new FakeStreamingProvider()
                .script("with-usage", Script.stream(100, 20, 60).chunked(3, true))
                .script("chunks-only", Script.stream(100, 20, 60).chunked(3, false))) {
            StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("bu", fake.baseUrl(), "with-usage", 128000),
                    "k");
            StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("bc", fake.baseUrl(), "chunks-only", 128000),
                    "k");
            List<Row> rows = run(user, List.of("with-usage", "chunks-only"), 5);
            StringBuilder out = new StringBuilder("chunk-as-token bias (60 tokens in 20 chunks, 100 ms TTFT, 20 ms gaps):\n");
            for (String model : List.of("with-usage", "chunks-only")) {
                List<Row> m = rows.stream().filter(r -> r.modelId().equals(model)).toList();
                out.append(String.format("  %-12s output_tokens %d, tokens_per_second %.1f, itl_ms %.2f%n", model,
                        m.get(0).outputTokens(), m.stream().mapToDouble(Row::tps).average().orElse(0),
                        m.stream().mapToDouble(Row::itlMs).average().orElse(0)));
            }
            return out.toString();
        }
    }

    private List<Row> run(StudioUser user, List<String> models, int runs) throws Exception {
        SseStream stream = StudioFixtures.post(http(), user.token(), Map.of("models", models, "runs", runs,
                "max_tokens", 64, "warmup", true));
        stream.awaitEnd(Duration.ofMinutes(10));
        assertThat(stream.response().statusCode()).as(String.join("\n", stream.lines())).isEqualTo(200);
        String runId = stream.response().headers().firstValue("X-Run-Id").orElseThrow();
        return jdbc.sql("SELECT model_id, run_index, ttft_ms, itl_ms, tokens_per_second, output_tokens"
                        + " FROM studio_run_results WHERE run_id = ?").param(runId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getDouble(3),
                        (Double) rs.getObject(4), rs.getDouble(5), rs.getInt(6))).list();
    }

    private static long over(List<Double> values, double limit) {
        return values.stream().filter(v -> v > limit).count();
    }

    private static double pct(List<Double> values, double q) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(q / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
