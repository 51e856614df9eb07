package dev.keel.domain.autopack.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a scan may walk: a "drive" scan walks the whole configured root, a "directory" scan a relative,
 * '/'-separated path under it. Absolute paths, drive letters, backslashes, {@code ..} and symbolic links out of
 * the root are refused.
 */
public final class StorageTargets {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private StorageTargets() {
    }

    /** Null when the target is acceptable as text, else why not. */
    public static String problem(String scanType, String target) {
        if (scanType.equals("drive")) {
            return null;
        }
        if (target.startsWith("/") || target.contains("\\") || DRIVE.matcher(target).matches()
                || target.indexOf('\0') >= 0) {
            return "scan_target must be a relative path under the storage root";
        }
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                return "scan_target must not contain '..'";
            }
        }
        return null;
    }

    /** The normalized relative path a directory scan's entries are stored under ("" for the root). */
    public static String prefix(String scanType, String target) {
        if (scanType.equals("drive")) {
            return "";
        }
        String normalized = Path.of(target).normalize().toString();
        return normalized.equals(".") ? "" : normalized;
    }

    /** The directory to walk; empty when there is no root, the target is refused, or it is not a directory. */
    public static Optional<Path> resolve(Path root, String scanType, String target) {
        if (root == null || problem(scanType, target) != null) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path dir = realRoot.resolve(prefix(scanType, target)).normalize();
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            Path real = dir.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
