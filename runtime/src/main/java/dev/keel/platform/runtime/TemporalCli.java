package dev.keel.platform.runtime;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the {@code temporal} CLI: {@code KEEL_TEMPORAL_CLI} first, then every directory on {@code PATH}. */
public final class TemporalCli {
    private TemporalCli() {
    }

    public static Optional<Path> locate(String configuredPath, String pathVariable) {
        if (configuredPath != null && !configuredPath.isBlank()) {
            Path configured = Path.of(configuredPath);
            return Files.isExecutable(configured) ? Optional.of(configured) : Optional.empty();
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "temporal");
            if (Files.isExecutable(candidate) && !isPyenvShim(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Optional<Path> locateFromEnvironment() {
        return locate(System.getenv("KEEL_TEMPORAL_CLI"), System.getenv("PATH"));
    }

    /** A pyenv shim exists on PATH even when the active Python lacks the package; it then fails at run time. */
    private static boolean isPyenvShim(Path candidate) {
        return candidate.toString().contains("/.pyenv/shims/");
    }
}
