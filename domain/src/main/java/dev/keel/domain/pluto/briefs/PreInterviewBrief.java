package dev.keel.domain.pluto.briefs;

import java.util.List;

/**
 * A pre-interview briefing for the interviewer (seed 002 "PreInterviewBrief"). Lists are never null (possibly
 * empty); generatedAt is an ISO-8601 UTC timestamp. See docs/pluto-intel.md for each field.
 */
public record PreInterviewBrief(String candidateSummary, String roleFit, List<String> keyStrengths,
        List<String> concerns, List<String> focusAreas, List<InterviewQuestion> suggestedQuestions,
        List<String> redFlagsToProbe, List<String> talkingPoints, String generatedAt) {
}
