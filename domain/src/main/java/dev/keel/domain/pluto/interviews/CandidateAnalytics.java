package dev.keel.domain.pluto.interviews;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Analytics saved to a candidate for one interview. */
public record CandidateAnalytics(UUID candidateId, String interviewId, InterviewAnalytics analytics,
        OffsetDateTime savedAt) {
}
