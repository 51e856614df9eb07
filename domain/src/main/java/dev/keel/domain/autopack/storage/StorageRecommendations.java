package dev.keel.domain.autopack.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recommendations from an organization's completed scans (oldest first) and their candidates: fewer than two
 * scans is insufficient data; otherwise growth of the scanned size, categories that recur in most scans, and
 * the largest categories by potential savings.
 */
public final class StorageRecommendations {
    private StorageRecommendations() {
    }

    public static List<StorageRecommendation> of(List<StorageScan> scans, List<CleanupCandidate> candidates,
                                                 int max) {
        List<StorageRecommendation> out = new ArrayList<>();
        if (scans.size() < 2) {
            out.add(new StorageRecommendation("insufficient_data", "low", "Not enough scan history",
                    "At least 2 scans are needed for recommendations; found " + scans.size() + ".",
                    Map.of("scan_count", scans.size()), "Run more storage scans over time", null));
            return out;
        }
        StorageScan first = scans.get(0);
        StorageScan last = scans.get(scans.size() - 1);
        if (first.totalSizeBytes() > 0) {
            double growth = (last.totalSizeBytes() - first.totalSizeBytes()) * 100.0 / first.totalSizeBytes();
            if (growth >= 10) {
                out.add(new StorageRecommendation("growth_alert", growth >= 50 ? "high" : "medium",
                        "Storage grew " + Math.round(growth) + "%",
                        "Scanned size went from " + first.totalSizeBytes() + " to " + last.totalSizeBytes() + " bytes.",
                        Map.of("first_scan_id", first.id(), "last_scan_id", last.id(), "growth_percent",
                                Math.round(growth * 10) / 10.0),
                        "Review the largest categories and schedule cleanups", null));
            }
        }
        Map<String, long[]> perCategory = new LinkedHashMap<>(); // scans seen in, bytes, candidates
        Map<String, java.util.Set<Long>> scansPerCategory = new LinkedHashMap<>();
        for (CleanupCandidate c : candidates) {
            long[] totals = perCategory.computeIfAbsent(c.category(), k -> new long[2]);
            totals[0] += c.sizeBytes();
            totals[1]++;
            scansPerCategory.computeIfAbsent(c.category(), k -> new java.util.HashSet<>()).add(c.scanId());
        }
        scansPerCategory.forEach((category, seen) -> {
            if (seen.size() * 2 >= scans.size() && seen.size() >= 2) {
                long bytes = perCategory.get(category)[0];
                out.add(new StorageRecommendation("recurring_waste", "medium",
                        "'" + category + "' recurs in " + seen.size() + " of " + scans.size() + " scans",
                        "The same kind of waste keeps coming back; an approved rule could clean it automatically.",
                        Map.of("category", category, "scans", seen.size(), "candidates", perCategory.get(category)[1]),
                        "Approve a learned rule for '" + category + "'", bytes));
            }
        });
        perCategory.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .limit(3)
                .forEach(e -> out.add(new StorageRecommendation("top_consumers", "low",
                        "Top consumer: '" + e.getKey() + "'",
                        e.getValue()[1] + " candidates, " + e.getValue()[0] + " bytes in the analysed scans.",
                        Map.of("category", e.getKey(), "candidates", e.getValue()[1]),
                        "Review the candidates of '" + e.getKey() + "'", e.getValue()[0])));
        return out.subList(0, Math.min(max, out.size()));
    }
}
