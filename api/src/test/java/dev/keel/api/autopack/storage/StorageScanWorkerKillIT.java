package dev.keel.api.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.Eventually;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import io.temporal.worker.WorkerFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The worker process walking a 20,000-file tree is killed with SIGKILL mid-walk and another one is started: the
 * walk resumes after the heartbeat timeout from the committed cursor and every file is counted once. The workers
 * are the packaged jar against this test's PostgreSQL and Temporal; this context's own workers are stopped.
 */
@DirtiesContext
class StorageScanWorkerKillIT extends KeelApiTest {
    @Autowired
    WorkerFactory workers;
    @Autowired
    Environment env;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aKilledWorkerProcessResumesTheWalkWithEveryFileCountedOnce() throws Exception {
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        String target = StorageFixtures.newTree();
        long bytes = 0;
        for (int d = 0; d < 40; d++) {
            for (int f = 0; f < 500; f++) {
                bytes += StorageFixtures.write(target, (d % 4 == 0 ? "node_modules/m" : "src/s") + d + "/f" + f + ".dat",
                        (f % 5) + 1, 0);
            }
        }
        HttpTestClient org = StorageFixtures.org(http(), "kill");
        long id = StorageFixtures.startScan(org, target, 5, 1_000_000);
        Path dir = Files.createTempDirectory("storage-kill-");
        Process first = startWorker(jar, dir, "first");
        Process second = null;
        try {
            Eventually.within(Duration.ofSeconds(240), "the first worker commits batches", () -> jdbc.sql(
                    "SELECT batches_committed FROM autopack_storage_scans WHERE id = ?").param(id)
                    .query(Long.class).single() >= 3);
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Map<String, Object> atKill = jdbc.sql("SELECT status, total_items_scanned FROM autopack_storage_scans"
                    + " WHERE id = ?").param(id).query().singleRow();
            System.out.println("StorageScanWorkerKillIT: killed the worker at " + atKill);
            assertThat(atKill.get("status")).isEqualTo("running");

            second = startWorker(jar, dir, "second");
            JsonNode detail = StorageFixtures.awaitEnd(org, id, Duration.ofSeconds(300));
            JsonNode scan = detail.path("scan");
            assertThat(scan.path("status").asString()).as(scan.toString()).isEqualTo("completed");
            assertThat(scan.path("total_items_scanned").asLong()).isEqualTo(20_000);
            assertThat(scan.path("total_size_bytes").asLong()).isEqualTo(bytes);
            assertThat(scan.path("cleanup_candidates_count").asLong()).isEqualTo(5_000);
        } finally {
            StorageFixtures.deleteTree(target);
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                if (!second.waitFor(60, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }
        }
    }

    private Process startWorker(Path jar, Path dir, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", jar.toString());
        Map<String, String> e = builder.environment();
        e.put("PORT", "0");
        e.put("KEEL_DATA_DIR", dir.resolve(name).toString());
        e.put("SPRING_DATASOURCE_URL", env.getRequiredProperty("spring.datasource.url"));
        e.put("SPRING_DATASOURCE_USERNAME", env.getProperty("spring.datasource.username", "postgres"));
        e.put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        e.put("TEMPORAL_ADDRESS", env.getRequiredProperty("spring.temporal.connection.target"));
        e.put("AUTOPACK_STORAGE_ROOT", StorageFixtures.ROOT.toString());
        e.put("KEEL_STORAGE_SCAN_BATCH", "100");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), name + ".log")));
        return builder.start();
    }
}
