package dev.keel.domain.autopack.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds patterns in decided candidates (the original's analyzer): per category, the decisions grouped by parent
 * directory, grandparent, file type, age band and size band; a group is a pattern with at least
 * {@value #MIN_SAMPLES} samples and an approval share of at least {@value #MIN_CONFIDENCE}.
 */
public final class ApprovalPatterns {
    public static final int MIN_SAMPLES = 5;
    public static final double MIN_CONFIDENCE = 0.75;

    private ApprovalPatterns() {
    }

    public static List<ApprovalPattern> analyze(List<CleanupCandidate> decided, int maxPatterns) {
        List<ApprovalPattern> found = new ArrayList<>();
        Map<String, List<CleanupCandidate>> byCategory = group(decided, CleanupCandidate::category);
        byCategory.forEach((category, samples) -> {
            collect(found, "path_pattern", category, samples, c -> "parent:" + parent(c.path(), 1));
            collect(found, "path_pattern", category, samples, c -> {
                String grand = parent(c.path(), 2);
                return grand == null ? null : "grandparent:" + grand + "/" + parent(c.path(), 1);
            });
            collect(found, "file_type", category, samples, c -> extension(c.path()));
            collect(found, "age_threshold", category, samples,
                    c -> c.ageDays() == null ? null : ">=" + ageBand(c.ageDays()) + "d");
            collect(found, "size_threshold", category, samples, c -> ">=" + sizeBand(c.sizeBytes()) + "MB");
        });
        found.sort(Comparator.comparingDouble(ApprovalPattern::confidence).reversed()
                .thenComparing(Comparator.comparingInt(ApprovalPattern::approvals).reversed())
                .thenComparing(ApprovalPattern::patternValue));
        return found.subList(0, Math.min(maxPatterns, found.size()));
    }

    private static void collect(List<ApprovalPattern> out, String type, String category,
                                List<CleanupCandidate> samples, Function<CleanupCandidate, String> key) {
        group(samples, key).forEach((value, group) -> {
            if (value == null || group.size() < MIN_SAMPLES) {
                return;
            }
            int approvals = (int) group.stream().filter(c -> c.approvalStatus().equals("approved")).count();
            int rejections = group.size() - approvals;
            double confidence = approvals / (double) group.size();
            if (confidence < MIN_CONFIDENCE) {
                return;
            }
            List<String> paths = group.stream().map(CleanupCandidate::path).limit(5).toList();
            String description = String.format("%s files matching %s %s were approved %d of %d times",
                    category, type.replace('_', ' '), value, approvals, group.size());
            out.add(new ApprovalPattern(type, value, category, approvals, rejections,
                    Math.round(confidence * 1000) / 1000.0, paths, description));
        });
    }

    private static <K> Map<K, List<CleanupCandidate>> group(List<CleanupCandidate> items,
                                                            Function<CleanupCandidate, K> key) {
        Map<K, List<CleanupCandidate>> groups = new LinkedHashMap<>();
        for (CleanupCandidate item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** The name of the n-th ancestor directory, null when there is none. */
    static String parent(String path, int up) {
        String[] parts = path.split("/");
        int index = parts.length - 1 - up;
        return index < 0 ? null : parts[index];
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? null : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    private static int ageBand(int days) {
        for (int band : new int[] {365, 180, 90, 30, 7}) {
            if (days >= band) {
                return band;
            }
        }
        return 0;
    }

    private static long sizeBand(long bytes) {
        long mb = bytes / (1024 * 1024);
        for (long band : new long[] {1024, 100, 10, 1}) {
            if (mb >= band) {
                return band;
            }
        }
        return 0;
    }
}
