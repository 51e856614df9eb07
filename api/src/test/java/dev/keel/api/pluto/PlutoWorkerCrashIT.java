package dev.keel.api.pluto;

import dev.keel.api.pluto.scoring.PlutoCsv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.pluto.scoring.FakePlutoLlmServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import io.temporal.worker.WorkerFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The worker process is killed (SIGKILL) in the middle of a 2,000-row pipeline and another one is started: the run
 * completes with exactly 2,000 scored candidates, none twice. The workers run as separate processes (the packaged
 * jar against this test's PostgreSQL and Temporal); this context's own workers are stopped, so it is discarded after.
 */
@DirtiesContext
class PlutoWorkerCrashIT extends KeelApiTest {
    static final int ROWS = 2_000;

    @Autowired
    WorkerFactory workers;
    @Autowired
    Environment env;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestChatModelSettings settings;

    @Test
    void resumesAfterTheWorkerIsKilled() throws Exception {
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        try (FakePlutoLlmServer llm = new FakePlutoLlmServer()) {
            llm.delay(name -> 40);
            settings.use(llm.baseUrl(), "test-key", "fake-model");
            HttpTestClient http = http().bearer(TestUsers.register(http(), "pluto-crash").accessToken());
            var response = PlutoCsv.upload(http, PlutoCsv.rows(ROWS, "Crash"));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode upload = response.json();
            String runId = upload.path("run_id").asString();
            assertThat(upload.path("total_candidates").asInt()).isEqualTo(ROWS);

            Path dir = Files.createTempDirectory("pluto-crash-");
            Process first = startWorker(jar, dir, llm, "first");
            Process second = null;
            try {
                JsonNode atKill = awaitScored(http, runId, 300, Duration.ofSeconds(180));
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(atKill.path("candidates_scored").asInt()).isLessThan(ROWS);
                System.out.println("PlutoWorkerCrashIT: killed the worker at " + atKill.path("candidates_scored").asInt()
                        + " of " + ROWS + " scored");

                second = startWorker(jar, dir, llm, "second");
                JsonNode done = PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(240), "complete", "failed");
                assertThat(done.path("status").asString()).isEqualTo("complete");
                assertThat(done.path("candidates_scored").asInt()).isEqualTo(ROWS);
            } finally {
                // never leave a worker behind, whatever failed
                first.destroyForcibly();
                if (second != null) {
                    second.destroy();
                    if (!second.waitFor(60, TimeUnit.SECONDS)) {
                        second.destroyForcibly();
                    }
                }
            }
            Map<String, Object> rows = jdbc.sql("SELECT count(*) AS n, count(DISTINCT row_number) AS distinct_rows,"
                            + " count(*) FILTER (WHERE ai_status = 'scored') AS scored FROM pluto_candidates WHERE run_id = ?")
                    .param(UUID.fromString(runId)).query().singleRow();
            assertThat(rows).containsEntry("n", (long) ROWS).containsEntry("distinct_rows", (long) ROWS)
                    .containsEntry("scored", (long) ROWS);
            for (int i = 1; i <= ROWS; i++) {
                assertThat(llm.calls("score", "Crash " + i)).as("row %d", i).isBetween(1, 2);
            }
        }
    }

    private JsonNode awaitScored(HttpTestClient http, String runId, int atLeast, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.get("/api/pluto/status?run_id=" + runId).json();
            if (status.path("candidates_scored").asInt() >= atLeast) {
                return status;
            }
            PlutoCsv.sleep(100);
        }
        throw new AssertionError("the first worker never scored " + atLeast + " candidates");
    }

    private Process startWorker(Path jar, Path dir, FakePlutoLlmServer llm, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-jar", jar.toString());
        Map<String, String> e = builder.environment();
        e.put("PORT", "0");
        e.put("KEEL_DATA_DIR", dir.resolve(name).toString());
        e.put("SPRING_DATASOURCE_URL", env.getRequiredProperty("spring.datasource.url"));
        e.put("SPRING_DATASOURCE_USERNAME", env.getProperty("spring.datasource.username", "postgres"));
        e.put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        e.put("TEMPORAL_ADDRESS", env.getRequiredProperty("spring.temporal.connection.target"));
        e.put("KEEL_LLM_BASE_URL", llm.baseUrl());
        e.put("KEEL_LLM_API_KEY", "test-key");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), name + ".log")));
        return builder.start();
    }
}
