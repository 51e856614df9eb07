package dev.keel.domain.pluto.interviews;

import dev.keel.domain.pluto.briefs.BriefJson;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.domain.pluto.interviews.InterviewAnalytics.Evidence;
import dev.keel.domain.pluto.interviews.InterviewAnalytics.QuestionScore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Strict reading of an analytics object a client saves to a candidate: wrong types and out-of-range values are
 * refused (MalformedAnswerException naming the field, prefixed "analytics."); unknown fields are ignored.
 */
public final class ClientAnalytics {
    private ClientAnalytics() {
    }

    public static InterviewAnalytics read(JsonNode o, String defaultGeneratedAt) {
        if (o == null || !o.isObject()) {
            throw bad("analytics", "must be a JSON object");
        }
        int overall = integer(o, "overall_score", 0, 100, true);
        JsonNode rec = o.get("recommendation");
        if (rec == null || !rec.isString() || !InterviewAnalytics.ALLOWED.contains(rec.asString())) {
            throw bad("analytics.recommendation", "must be one of " + String.join(", ", InterviewAnalytics.RECOMMENDATIONS));
        }
        List<QuestionScore> questions = list(o, "question_scores", q -> new QuestionScore(
                string(q, "question", true, "analytics.question_scores[]"),
                integer(q, "score", 0, 10, true),
                orEmpty(string(q, "answer_summary", false, "analytics.question_scores[]")),
                string(q, "quote", false, "analytics.question_scores[]")));
        Function<JsonNode, Evidence> evidence = e -> new Evidence(string(e, "point", true, "analytics.evidence"),
                string(e, "quote", false, "analytics.evidence"));
        String generatedAt = string(o, "generated_at", false, "analytics");
        Integer dropped = o.has("unverified_quotes_dropped")
                ? integer(o, "unverified_quotes_dropped", 0, Integer.MAX_VALUE, false) : null;
        return new InterviewAnalytics(overall, rec.asString(), orEmpty(string(o, "summary", false, "analytics")),
                optionalInteger(o, "communication_score"), optionalInteger(o, "role_fit_score"), questions,
                list(o, "strengths", evidence), list(o, "risks", evidence), dropped != null ? dropped : 0,
                generatedAt != null ? generatedAt : defaultGeneratedAt);
    }

    private static <T> List<T> list(JsonNode o, String key, Function<JsonNode, T> item) {
        JsonNode n = o.get(key);
        List<T> values = new ArrayList<>();
        if (n == null || n.isNull()) {
            return values;
        }
        if (!n.isArray() || n.size() > 100) {
            throw bad("analytics." + key, "must be a list of at most 100 objects");
        }
        for (JsonNode element : n) {
            if (!element.isObject()) {
                throw bad("analytics." + key, "must be a list of objects");
            }
            values.add(item.apply(element));
        }
        return values;
    }

    private static Integer optionalInteger(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : integer(o, key, 0, 10, true);
    }

    private static int integer(JsonNode o, String key, int min, int max, boolean required) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw bad("analytics." + key, "field required");
            }
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw bad("analytics." + key, "must be an integer from " + min + " to " + max);
        }
        return n.intValue();
    }

    private static String string(JsonNode o, String key, boolean required, String where) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw bad(where + "." + key, "field required");
            }
            return null;
        }
        if (!n.isString() || (required && n.asString().isBlank())) {
            throw bad(where + "." + key, required ? "must be a non-blank string" : "must be a string");
        }
        if (n.asString().length() > 10 * BriefJson.MAX_FIELD_CHARS) {
            throw bad(where + "." + key, "is too long");
        }
        return n.asString();
    }

    private static String orEmpty(String s) {
        return s != null ? s : "";
    }

    private static MalformedAnswerException bad(String field, String problem) {
        return new MalformedAnswerException(field + ": " + problem);
    }
}
