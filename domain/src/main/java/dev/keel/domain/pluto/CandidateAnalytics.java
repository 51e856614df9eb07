package dev.keel.domain.pluto;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Analytics saved to a candidate for one interview. */
public record CandidateAnalytics(UUID candidateId, String interviewId, InterviewAnalytics analytics,
        OffsetDateTime savedAt) {
}
