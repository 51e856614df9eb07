package dev.keel.activities.autopack.builds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The paths a unified diff touches, and the seed's protected paths (GovernedApplyPath): Autopack's own source,
 * config, run state and git internals; absolute paths and parent references are never allowed.
 */
final class PatchPaths {
    static final List<String> PROTECTED = List.of("src/autopack/", "config/", ".autonomous_runs/", ".git/");

    private PatchPaths() {
    }

    static Set<String> touched(String patch) {
        Set<String> paths = new LinkedHashSet<>();
        for (String line : patch.split("\n")) {
            if (line.startsWith("diff --git ")) {
                String[] parts = line.substring(11).trim().split(" ");
                for (String part : parts) {
                    paths.add(strip(part));
                }
            } else if (line.startsWith("--- ") || line.startsWith("+++ ")) {
                String path = line.substring(4).split("\t")[0].trim();
                if (!path.equals("/dev/null")) {
                    paths.add(strip(path));
                }
            } else if (line.startsWith("rename to ") || line.startsWith("rename from ")
                    || line.startsWith("copy to ") || line.startsWith("copy from ")) {
                paths.add(line.substring(line.indexOf(' ', 5) + 1).trim());
            }
        }
        return paths;
    }

    static List<String> refused(Set<String> paths) {
        List<String> refused = new ArrayList<>();
        for (String path : paths) {
            String p = path.replace('\\', '/');
            boolean escapes = p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.equals("..") || p.startsWith("../")
                    || p.contains("/../") || p.endsWith("/..");
            if (escapes || PROTECTED.stream().anyMatch(p::startsWith) || p.equals(".git")) {
                refused.add(path);
            }
        }
        return refused;
    }

    private static String strip(String path) {
        return path.startsWith("a/") || path.startsWith("b/") ? path.substring(2) : path;
    }
}
