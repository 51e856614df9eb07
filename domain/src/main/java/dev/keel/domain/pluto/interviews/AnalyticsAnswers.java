package dev.keel.domain.pluto.interviews;

import dev.keel.domain.pluto.briefs.BriefJson;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.domain.pluto.interviews.InterviewAnalytics.Evidence;
import dev.keel.domain.pluto.interviews.InterviewAnalytics.QuestionScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Turns the LLM's analytics answer into an {@link InterviewAnalytics}: scores clamped, the recommendation
 * normalised (or derived from the score when unusable), and every quote checked against the transcript.
 */
public final class AnalyticsAnswers {
    static final int MAX_ITEMS = 20;

    private final String transcript;
    private int dropped;

    private AnalyticsAnswers(String transcript) {
        this.transcript = transcript;
    }

    /** Throws MalformedAnswerException when overall_score is missing or not a number. */
    public static InterviewAnalytics fromLlm(JsonNode answer, String transcript, String generatedAt) {
        return new AnalyticsAnswers(transcript).read(answer, generatedAt);
    }

    /** The recommendation an overall score implies: >= 85, 70, 55, 40 from strong_hire down to no_hire. */
    public static String recommendationFor(int overallScore) {
        int[] floors = {85, 70, 55, 40};
        for (int i = 0; i < floors.length; i++) {
            if (overallScore >= floors[i]) {
                return InterviewAnalytics.RECOMMENDATIONS.get(i);
            }
        }
        return "no_hire";
    }

    private InterviewAnalytics read(JsonNode o, String generatedAt) {
        Integer overall = BriefJson.clamped(o, "overall_score", 0, 100);
        if (overall == null) {
            throw new MalformedAnswerException("overall_score is missing or not a number");
        }
        String recommendation = BriefJson.text(o, "recommendation");
        recommendation = recommendation == null ? null
                : recommendation.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!InterviewAnalytics.ALLOWED.contains(recommendation)) {
            recommendation = recommendationFor(overall);
        }
        String summary = BriefJson.text(o, "summary");
        List<QuestionScore> questions = new ArrayList<>();
        JsonNode items = o.get("question_scores");
        if (items != null && items.isArray()) {
            for (JsonNode q : items) {
                Integer score = q.isObject() ? BriefJson.clamped(q, "score", 0, 10) : null;
                if (score != null && BriefJson.text(q, "question") != null && questions.size() < MAX_ITEMS) {
                    String answerSummary = BriefJson.text(q, "answer_summary");
                    questions.add(new QuestionScore(BriefJson.text(q, "question"), score,
                            answerSummary != null ? answerSummary : "", quote(q)));
                }
            }
        }
        return new InterviewAnalytics(overall, recommendation, summary != null ? summary : "",
                BriefJson.clamped(o, "communication_score", 0, 10), BriefJson.clamped(o, "role_fit_score", 0, 10),
                questions, evidence(o, "strengths"), evidence(o, "risks"), dropped, generatedAt);
    }

    private List<Evidence> evidence(JsonNode o, String key) {
        List<Evidence> values = new ArrayList<>();
        JsonNode items = o.get(key);
        if (items == null || !items.isArray()) {
            return values;
        }
        for (JsonNode item : items) {
            if (values.size() >= MAX_ITEMS) {
                break;
            }
            if (item.isObject() && BriefJson.text(item, "point") != null) {
                values.add(new Evidence(BriefJson.text(item, "point"), quote(item)));
            } else if (item.isString() && !item.asString().isBlank()) {
                values.add(new Evidence(BriefJson.cut(item.asString().strip()), null));
            }
        }
        return values;
    }

    /** The item's quote if it occurs verbatim in the transcript; otherwise null, counted as dropped. */
    private String quote(JsonNode item) {
        String quote = BriefJson.text(item, "quote");
        if (quote == null) {
            return null;
        }
        if (transcript.contains(quote)) {
            return quote;
        }
        String unquoted = Quotes.unwrap(quote);
        if (unquoted.isEmpty()) {
            return null;
        }
        if (transcript.contains(unquoted)) {
            return unquoted;
        }
        dropped++;
        return null;
    }
}
