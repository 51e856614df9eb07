package dev.keel.api.runtime;

import dev.keel.api.support.HttpTestClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged app (target/keel-api.jar) as a real process on a data directory, for restart and crash tests. */
final class PackagedApp {
    static final String API_KEY = "packaged-app-key-0123456789";

    private PackagedApp() {
    }

    /**
     * Starts the jar with auto-approval off; {@code ownSession} runs it under {@code setsid}, so that its process
     * group is the app and its direct children only.
     */
    static Process start(Path jar, Path dataDir, int port, int temporalPort, Path cli, boolean ownSession)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (ownSession) {
            command.add("setsid");
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
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

    /** Every process whose command line names the data directory (PostgreSQL, the Temporal dev server). */
    static List<ProcessHandle> processesUsing(Path dataDir) throws InterruptedException {
        Thread.sleep(500);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                .toList();
    }

    static void awaitHealthy(HttpTestClient http) throws InterruptedException {
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

    static String approvalStatus(HttpTestClient http, long approvalId) {
        return http.apiKey(API_KEY).get("/approval/status/" + approvalId).json().path("status").asString();
    }

    static void awaitApprovalStatus(HttpTestClient http, long approvalId, String expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = approvalStatus(http, approvalId);
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("approval " + approvalId + " stayed " + last);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
