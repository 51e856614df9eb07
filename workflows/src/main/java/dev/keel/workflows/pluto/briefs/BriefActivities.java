package dev.keel.workflows.pluto.briefs;

import io.temporal.activity.ActivityInterface;

/**
 * LLM generation of interview questions and pre-briefs; each call reads its inputs from PostgreSQL and stores
 * the validated result there. Retryable: transport errors, 429/5xx, malformed answers (LLM_MALFORMED_OUTPUT).
 * Non-retryable: NOT_FOUND (no such candidate/request), CONFIGURATION (no LLM), AUTH, UPSTREAM_REJECTED.
 */
@ActivityInterface(namePrefix = "PlutoBrief")
public interface BriefActivities {
    /** Generates 5-8 questions unless the candidate has some stored (then no LLM call); the first stored wins. */
    void generateQuestions(CandidateRef candidate);

    /** Like generateQuestions for the candidate's pre-brief. */
    void generateCandidatePrebrief(CandidateRef candidate);

    /** Generates the request's pre-brief and makes it the room's (replacing an older one); keyed by request id. */
    void generateRoomPrebrief(PrebriefRequestRef request);
}
