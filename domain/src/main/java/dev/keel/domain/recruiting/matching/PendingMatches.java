package dev.keel.domain.recruiting.matching;

import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.JobMatch;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Profiles whose embedding is not ready yet (embeddings are computed asynchronously after a change), scored by
 * keywords so that semantic matching never silently leaves out a profile created a moment ago. Marked
 * {@code embeddingPending}. At most {@link #LIMIT} of the newest such profiles are considered per request.
 */
@Component
public class PendingMatches {
    static final int LIMIT = 1000;

    private final RecruitingProfiles profiles;

    public PendingMatches(RecruitingProfiles profiles) {
        this.profiles = profiles;
    }

    public List<CandidateMatch> candidates(long orgId, String model, Set<String> jobKeywords) {
        return profiles.candidatesWithoutVector(orgId, model, LIMIT).stream()
                .flatMap(c -> NaiveMatcher.match(jobKeywords, Keywords.ofCandidate(c))
                        .map(r -> new CandidateMatch(c.id(), c.fullName(), c.currentTitle(), c.currentCompany(),
                                c.location(), r.score(), r.reason(), NaiveMatcher.STRATEGY, true))
                        .stream())
                .toList();
    }

    public List<JobMatch> jobs(long orgId, String model, Set<String> candidateKeywords) {
        return profiles.jobsWithoutVector(orgId, model, LIMIT).stream()
                .flatMap(j -> NaiveMatcher.match(Keywords.ofJob(j), candidateKeywords)
                        .map(r -> new JobMatch(j.id(), j.title(), j.location(), j.status(), r.score(), r.reason(),
                                NaiveMatcher.STRATEGY, true))
                        .stream())
                .toList();
    }
}
