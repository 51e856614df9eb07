package dev.keel.domain.recruiting;

import java.util.List;

/**
 * Ranks candidates for a job and jobs for a candidate inside one organization (implemented by the matching
 * area). Both methods return at most {@code limit} matches, best first; an unknown id yields an empty list.
 */
public interface MatchingService {
    List<CandidateMatch> candidatesForJob(long orgId, long jobId, int limit);

    List<JobMatch> jobsForCandidate(long orgId, long candidateId, int limit);
}
