package dev.keel.domain.recruiting.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The naive strategy, exactly as seeds/README.md (000) defines it:
 * score = floor(|overlap| / |job keywords| * 100), clamped to 0..100, score 0 dropped;
 * reason = "Keyword overlap on: " + the first 5 overlapping terms, sorted, then a period.
 */
public final class NaiveMatcher {
    public static final String STRATEGY = "naive";
    static final int REASON_TERMS = 5;

    private NaiveMatcher() {
    }

    public record Result(int score, String reason) {
    }

    public static Optional<Result> match(JobProfile job, CandidateProfile candidate) {
        return match(Keywords.ofJob(job), Keywords.ofCandidate(candidate));
    }

    public static Optional<Result> match(Set<String> jobKeywords, Set<String> candidateKeywords) {
        if (jobKeywords.isEmpty()) {
            return Optional.empty();
        }
        List<String> overlap = Keywords.overlap(jobKeywords, candidateKeywords);
        int score = Math.max(0, Math.min(100, (int) Math.floor(overlap.size() * 100.0 / jobKeywords.size())));
        if (score == 0) {
            return Optional.empty();
        }
        return Optional.of(new Result(score, "Keyword overlap on: " + terms(overlap) + "."));
    }

    /** The first five terms of a sorted overlap, comma-separated. */
    static String terms(List<String> sortedOverlap) {
        return String.join(", ", sortedOverlap.subList(0, Math.min(REASON_TERMS, sortedOverlap.size())));
    }
}
