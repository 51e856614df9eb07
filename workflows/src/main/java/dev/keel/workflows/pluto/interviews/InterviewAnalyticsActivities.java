package dev.keel.workflows.pluto.interviews;

import io.temporal.activity.ActivityInterface;

/** LLM analysis of a stored interview transcript. */
@ActivityInterface(namePrefix = "PlutoAnalytics")
public interface InterviewAnalyticsActivities {
    /**
     * Analyses the transcript, checks every quote against it and upserts the room's analytics keyed by
     * (org, room, transcript id). Retryable: transport errors, 429/5xx, malformed answers (LLM_MALFORMED_OUTPUT).
     * Non-retryable: NOT_FOUND (no such transcript), CONFIGURATION (no LLM), AUTH, UPSTREAM_REJECTED.
     */
    AnalyticsOutcome analyze(TranscriptRef transcript);
}
