package dev.keel.platform.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL and Temporal dev server a previous Keel left running on the same data
 * directory when it was killed (SIGKILL of the JVM alone, or of its whole process group: the postmaster runs
 * in a session of its own, since pg_ctl calls setsid, so it survives its parent). Without this, the next
 * start fails on "lock file postmaster.pid already exists" or on the Temporal port in use.
 * Only processes whose command line names this data directory are touched.
 */
final class OrphanedChildren {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedChildren.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedChildren() {
    }

    static void stopAll(Path dataDir) {
        stopPostgres(dataDir.resolve("postgres"));
        stopTemporal(dataDir.resolve("temporal.db"));
    }

    /**
     * The postmaster's pid is the first line of postmaster.pid: a live postgres with our data directory is an
     * orphan and is stopped (SIGTERM: a smart shutdown, its clients died with the old JVM). A pid file whose
     * process is gone or is something else is stale and removed, since PostgreSQL refuses to start while the
     * pid it names is alive.
     */
    static void stopPostgres(Path pgData) {
        Optional<Long> pid = postmasterPid(pgData);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get())
                .filter(p -> commandLine(p).contains("postgres") && commandLine(p).contains(pgData.toString()));
        if (postmaster.isPresent()) {
            stop(postmaster.get(), "PostgreSQL postmaster");
        } else if (ProcessHandle.of(pid.get()).isPresent()) {
            LOG.warn("Removing a stale postmaster.pid of {}: pid {} is no longer PostgreSQL", pgData, pid.get());
            deleteQuietly(pgData.resolve("postmaster.pid"));
        }
    }

    static void stopTemporal(Path database) {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandLine(p).contains("start-dev") && commandLine(p).contains(database.toString()))
                .toList();
        servers.forEach(p -> stop(p, "Temporal dev server"));
    }

    private static void stop(ProcessHandle process, String what) {
        LOG.warn("Found an orphaned {} (pid {}) of this data directory, left by a Keel that was killed; stopping it",
                what, process.pid());
        process.destroy();
        try {
            process.onExit().get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("{} (pid {}) did not stop within {} s of SIGTERM; killing it", what, process.pid(),
                    GRACE.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }

    private static Optional<Long> postmasterPid(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }
}
