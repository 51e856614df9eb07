package dev.keel.domain.recruiting;

import java.util.List;

/**
 * Candidate/job matching (seed 000 section 5). Results are sorted by score descending, at most {@code limit}
 * long, and every returned match is logged to match_logs. Semantic matching uses stored embeddings; any
 * failure of it (including a profile whose embedding is not ready yet) falls back to naive keyword matching.
 *
 * @throws RecruitingNotFoundException when the job or candidate does not exist in {@code orgId}
 */
public interface MatchingService {
    List<CandidateMatch> candidatesForJob(long orgId, long jobId, int limit);

    List<JobMatch> jobsForCandidate(long orgId, long candidateId, int limit);
}
