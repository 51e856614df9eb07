package dev.keel.domain.autopack.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files may be cleaned up (the original's protection and retention policy, built in): protected paths are
 * never candidates; a file's category comes from its path; a category counts only once its retention window has
 * passed. Paths are relative to the scan root, '/'-separated.
 */
public final class StoragePolicy {
    /** A category: directory names or file suffixes that mark it, and the age (days) before deletion is allowed. */
    record Category(String name, List<String> directories, List<String> suffixes, int retentionDays) {
    }

    private static final List<String> PROTECTED = List.of(".git", ".ssh", ".gnupg", ".credentials");
    private static final List<Category> CATEGORIES = List.of(
            new Category("dev_caches", List.of("node_modules", "__pycache__", ".pytest_cache", ".mypy_cache",
                    ".cache", "npm-cache", ".gradle", ".tox"), List.of(".pyc"), 0),
            new Category("build_outputs", List.of("target", "build", "dist", ".next"), List.of(), 7),
            new Category("diagnostics_logs", List.of("logs", "diagnostics"), List.of(".log", ".dmp", ".trace"), 7),
            new Category("temp_files", List.of("tmp", "temp"), List.of(".tmp", ".bak", ".swp"), 1),
            new Category("runs", List.of(".autonomous_runs"), List.of(), 30));

    private StoragePolicy() {
    }

    public record Classification(String category, String reason) {
    }

    public static boolean isProtected(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (PROTECTED.contains(part)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Classification> classify(String relativePath, long sizeBytes, int ageDays) {
        if (isProtected(relativePath)) {
            return Optional.empty();
        }
        String lower = relativePath.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        for (Category category : CATEGORIES) {
            if (matches(category, parts, lower) && ageDays >= category.retentionDays()) {
                String reason = "Matched category '" + category.name() + "'; age " + ageDays + " days"
                        + (category.retentionDays() > 0 ? " (retention " + category.retentionDays() + " days passed)" : "")
                        + "; size " + sizeBytes + " bytes";
                return Optional.of(new Classification(category.name(), reason));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Category category, String[] parts, String lower) {
        for (int i = 0; i < parts.length - 1; i++) {
            if (category.directories().contains(parts[i])) {
                return true;
            }
        }
        return category.suffixes().stream().anyMatch(lower::endsWith);
    }
}
