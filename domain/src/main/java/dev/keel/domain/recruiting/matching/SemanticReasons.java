package dev.keel.domain.recruiting.matching;

import java.util.List;
import java.util.Set;

/** Reason texts of the semantic strategies, worded as in the seed's examples. */
public final class SemanticReasons {
    private SemanticReasons() {
    }

    public static String forCandidate(Set<String> jobKeywords, Set<String> candidateKeywords) {
        return "High semantic similarity between job and profile." + terms(jobKeywords, candidateKeywords);
    }

    public static String forJob(Set<String> jobKeywords, Set<String> candidateKeywords) {
        return "High semantic similarity between candidate and job." + terms(jobKeywords, candidateKeywords);
    }

    private static String terms(Set<String> jobKeywords, Set<String> candidateKeywords) {
        List<String> overlap = Keywords.overlap(jobKeywords, candidateKeywords);
        return overlap.isEmpty() ? "" : " Overlapping terms include: " + NaiveMatcher.terms(overlap) + ".";
    }

    /** Cosine similarity to an integer score: negative similarity is dropped (-1), otherwise floor(cos*100). */
    public static int score(float cosine) {
        if (cosine < 0f) {
            return -1;
        }
        return Math.min(100, (int) Math.floor(cosine * 100.0));
    }
}
