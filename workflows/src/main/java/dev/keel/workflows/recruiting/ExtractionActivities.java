package dev.keel.workflows.recruiting;

import io.temporal.activity.ActivityInterface;

/** Structured extraction from an upload's text. */
@ActivityInterface(namePrefix = "RecruitingExtraction")
public interface ExtractionActivities {
    /**
     * Extracts a job with the configured LLM, or with the heuristic extractor when none is configured.
     * Retryable: transport errors, 429/5xx, malformed JSON. Non-retryable: AUTH (401/403), UPSTREAM_REJECTED.
     */
    JobDraft extractJob(UploadRef upload);

    /** Deterministic fallback: never calls an LLM, never fails on content. */
    JobDraft heuristicJob(UploadRef upload);

    /** Like {@link #extractJob} for a resume. */
    CandidateDraft extractCandidate(UploadRef upload);

    /** Deterministic fallback for a resume. */
    CandidateDraft heuristicCandidate(UploadRef upload);
}
