package dev.keel.domain.pluto.scoring;

import java.util.Comparator;
import java.util.List;

/** final_score, tier and order, as seeds/README.md (002) defines them. */
public final class PlutoRanking {
    /** What a failed AI scoring counts as. */
    public static final int FAILED_AI_SCORE = 50;

    private PlutoRanking() {
    }

    /** round((algo + ai) / 2) with halves rounded up (71 and 80 -> 76); a null ai counts as 50. */
    public static int finalScore(int algo, Integer ai) {
        int sum = algo + (ai == null ? FAILED_AI_SCORE : ai);
        return Math.floorDiv(sum + 1, 2);
    }

    public static RankedCandidate score(PlutoCandidate candidate, AlgoScore algo, Integer ai) {
        int finalScore = finalScore(algo.total(), ai);
        return new RankedCandidate(candidate, algo, ai, finalScore, Tier.of(finalScore));
    }

    /** Sorted by final score, highest first; ties by row number, lowest first. */
    public static List<RankedCandidate> rank(List<RankedCandidate> scored) {
        return scored.stream()
                .sorted(Comparator.comparingInt(RankedCandidate::finalScore).reversed()
                        .thenComparingLong(r -> r.candidate().rowNumber()))
                .toList();
    }
}
