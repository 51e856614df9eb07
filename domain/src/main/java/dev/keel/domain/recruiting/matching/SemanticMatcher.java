package dev.keel.domain.recruiting.matching;

import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.JobMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The semantic strategy: the subject's stored vector against the org's in-memory index, then only the top-k
 * rows' display fields from PostgreSQL. Profiles on the other side without an embedding yet join the ranking
 * with their keyword score ({@link PendingMatches}). Empty (so the caller falls back to naive) when the subject
 * has no embedding for the active model yet.
 */
@Component
public class SemanticMatcher {
    private final ProfileEmbeddings embeddings;
    private final ProfileVectorIndexes indexes;
    private final RecruitingProfiles profiles;
    private final MatchingSettings settings;
    private final PendingMatches pending;

    public SemanticMatcher(ProfileEmbeddings embeddings, ProfileVectorIndexes indexes, RecruitingProfiles profiles,
                           MatchingSettings settings, PendingMatches pending) {
        this.embeddings = embeddings;
        this.indexes = indexes;
        this.profiles = profiles;
        this.settings = settings;
        this.pending = pending;
    }

    public Optional<List<CandidateMatch>> candidatesForJob(long orgId, JobProfile job, int limit) {
        String model = settings.model();
        Optional<float[]> query = embeddings.vector(orgId, DefaultMatchingService.JOB, job.id(), model);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        VectorIndex.Hit[] hits = indexes.search(orgId, DefaultMatchingService.CANDIDATE, model, query.get(), limit);
        List<Long> ids = new ArrayList<>();
        for (VectorIndex.Hit hit : hits) {
            ids.add(hit.id());
        }
        Map<Long, CandidateProfile> rows = profiles.candidates(orgId, ids).stream()
                .collect(Collectors.toMap(CandidateProfile::id, Function.identity()));
        var jobKeywords = Keywords.ofJob(job);
        List<CandidateMatch> out = new ArrayList<>();
        for (VectorIndex.Hit hit : hits) {
            CandidateProfile c = rows.get(hit.id());
            int score = SemanticReasons.score(hit.similarity());
            if (c != null && score >= 0) {
                String reason = SemanticReasons.forCandidate(jobKeywords, Keywords.ofCandidate(c));
                out.add(candidateMatch(c, score, reason, settings.strategy()));
            }
        }
        out.addAll(pending.candidates(orgId, model, jobKeywords));
        return Optional.of(out.stream()
                .sorted(Comparator.comparingInt(CandidateMatch::score).reversed()
                        .thenComparingLong(CandidateMatch::candidateId))
                .limit(limit).toList());
    }

    public Optional<List<JobMatch>> jobsForCandidate(long orgId, CandidateProfile candidate, int limit) {
        String model = settings.model();
        Optional<float[]> query = embeddings.vector(orgId, DefaultMatchingService.CANDIDATE, candidate.id(), model);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        VectorIndex.Hit[] hits = indexes.search(orgId, DefaultMatchingService.JOB, model, query.get(), limit);
        List<Long> ids = new ArrayList<>();
        for (VectorIndex.Hit hit : hits) {
            ids.add(hit.id());
        }
        Map<Long, JobProfile> rows = profiles.jobs(orgId, ids).stream()
                .collect(Collectors.toMap(JobProfile::id, Function.identity()));
        var candidateKeywords = Keywords.ofCandidate(candidate);
        List<JobMatch> out = new ArrayList<>();
        for (VectorIndex.Hit hit : hits) {
            JobProfile j = rows.get(hit.id());
            int score = SemanticReasons.score(hit.similarity());
            if (j != null && score >= 0) {
                out.add(jobMatch(j, score, SemanticReasons.forJob(Keywords.ofJob(j), candidateKeywords),
                        settings.strategy()));
            }
        }
        out.addAll(pending.jobs(orgId, model, candidateKeywords));
        return Optional.of(out.stream()
                .sorted(Comparator.comparingInt(JobMatch::score).reversed().thenComparingLong(JobMatch::jobId))
                .limit(limit).toList());
    }

    static CandidateMatch candidateMatch(CandidateProfile c, int score, String reason, String strategy) {
        return new CandidateMatch(c.id(), c.fullName(), c.currentTitle(), c.currentCompany(), c.location(),
                score, reason, strategy);
    }

    static JobMatch jobMatch(JobProfile j, int score, String reason, String strategy) {
        return new JobMatch(j.id(), j.title(), j.location(), j.status(), score, reason, strategy);
    }
}
