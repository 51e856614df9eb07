package dev.keel.domain.recruiting.matching;

import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.JobMatch;
import dev.keel.domain.recruiting.MatchingService;
import dev.keel.domain.recruiting.RecruitingNotFoundException;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Semantic matching over stored embeddings and the in-memory index, falling back to naive keyword matching
 * on any failure of the semantic path (no embedding yet, index over budget, database error while searching).
 * Requests never compute embeddings.
 */
@Service
public class DefaultMatchingService implements MatchingService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMatchingService.class);
    static final String JOB = "job";
    static final String CANDIDATE = "candidate";

    private final RecruitingProfiles profiles;
    private final SemanticMatcher semantic;
    private final MatchLogs logs;

    public DefaultMatchingService(RecruitingProfiles profiles, SemanticMatcher semantic, MatchLogs logs) {
        this.profiles = profiles;
        this.semantic = semantic;
        this.logs = logs;
    }

    @Override
    public List<CandidateMatch> candidatesForJob(long orgId, long jobId, int limit) {
        JobProfile job = profiles.job(orgId, jobId).orElseThrow(() -> RecruitingNotFoundException.job(jobId));
        if (limit <= 0) {
            return List.of();
        }
        List<CandidateMatch> matches;
        try {
            matches = semantic.candidatesForJob(orgId, job, limit).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Semantic matching for job {} failed, falling back to naive: {}", jobId, e.toString());
            matches = null;
        }
        if (matches == null) {
            matches = naiveCandidates(orgId, job, limit);
        }
        logs.insert(orgId, matches.stream()
                .map(m -> new MatchLogs.Entry(jobId, m.candidateId(), m.score(), m.strategy(), m.reason())).toList());
        return matches;
    }

    @Override
    public List<JobMatch> jobsForCandidate(long orgId, long candidateId, int limit) {
        CandidateProfile candidate = profiles.candidate(orgId, candidateId)
                .orElseThrow(() -> RecruitingNotFoundException.candidate(candidateId));
        if (limit <= 0) {
            return List.of();
        }
        List<JobMatch> matches;
        try {
            matches = semantic.jobsForCandidate(orgId, candidate, limit).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Semantic matching for candidate {} failed, falling back to naive: {}", candidateId, e.toString());
            matches = null;
        }
        if (matches == null) {
            matches = naiveJobs(orgId, candidate, limit);
        }
        logs.insert(orgId, matches.stream()
                .map(m -> new MatchLogs.Entry(m.jobId(), candidateId, m.score(), m.strategy(), m.reason())).toList());
        return matches;
    }

    private List<CandidateMatch> naiveCandidates(long orgId, JobProfile job, int limit) {
        var jobKeywords = Keywords.ofJob(job);
        return profiles.allCandidates(orgId).stream()
                .flatMap(c -> NaiveMatcher.match(jobKeywords, Keywords.ofCandidate(c))
                        .map(r -> SemanticMatcher.candidateMatch(c, r.score(), r.reason(), NaiveMatcher.STRATEGY))
                        .stream())
                .sorted(Comparator.comparingInt(CandidateMatch::score).reversed()
                        .thenComparingLong(CandidateMatch::candidateId))
                .limit(limit)
                .toList();
    }

    private List<JobMatch> naiveJobs(long orgId, CandidateProfile candidate, int limit) {
        var candidateKeywords = Keywords.ofCandidate(candidate);
        return profiles.allJobs(orgId).stream()
                .flatMap(j -> NaiveMatcher.match(Keywords.ofJob(j), candidateKeywords)
                        .map(r -> SemanticMatcher.jobMatch(j, r.score(), r.reason(), NaiveMatcher.STRATEGY))
                        .stream())
                .sorted(Comparator.comparingInt(JobMatch::score).reversed().thenComparingLong(JobMatch::jobId))
                .limit(limit)
                .toList();
    }
}
