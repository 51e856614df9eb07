package dev.keel.domain.pluto.interviews;

import java.util.List;
import java.util.Set;

/**
 * The analysis of one interview transcript (seed 002 "InterviewAnalytics"). overallScore is 0..100, recommendation
 * one of {@link #RECOMMENDATIONS}, dimension scores 0..10 or null; every quote is a verbatim substring of the
 * transcript or null (unverifiedQuotesDropped counts the quotes removed because they were not found).
 */
public record InterviewAnalytics(int overallScore, String recommendation, String summary,
        Integer communicationScore, Integer roleFitScore, List<QuestionScore> questionScores,
        List<Evidence> strengths, List<Evidence> risks, int unverifiedQuotesDropped, String generatedAt) {

    /** Strongest to weakest. */
    public static final List<String> RECOMMENDATIONS =
            List.of("strong_hire", "hire", "lean_hire", "lean_no_hire", "no_hire");
    public static final Set<String> ALLOWED = Set.copyOf(RECOMMENDATIONS);

    /** A question asked in the interview, scored 0..10, with a summary of the answer and a supporting quote. */
    public record QuestionScore(String question, int score, String answerSummary, String quote) {
    }

    /** A strength or a risk with the quote that shows it. */
    public record Evidence(String point, String quote) {
    }
}
