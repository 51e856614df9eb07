package dev.keel.domain.pluto.briefs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the interview-intelligence records, in the API's snake_case shape (the JSONB columns hold exactly what
 * the API returns), plus tolerant readers for fields of LLM answers.
 */
public final class BriefJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    /** Longest kept text of one field; longer LLM text is cut. */
    public static final int MAX_FIELD_CHARS = 2_000;

    private BriefJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** A string field, stripped and cut to MAX_FIELD_CHARS; null when absent, blank or not a scalar. */
    public static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull() || n.isContainer()) {
            return null;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? null : cut(s);
    }

    /** A list of strings (non-string and blank items are skipped), at most max items. */
    static List<String> strings(JsonNode o, String key, int max) {
        List<String> values = new ArrayList<>();
        JsonNode n = o.get(key);
        if (n != null && n.isArray()) {
            for (JsonNode item : n) {
                if (item.isString() && !item.asString().isBlank() && values.size() < max) {
                    values.add(cut(item.asString().strip()));
                }
            }
        } else if (n != null && n.isString() && !n.asString().isBlank()) {
            values.add(cut(n.asString().strip()));
        }
        return values;
    }

    /** Questions from an array of {question, purpose} objects (or plain strings), at most max. */
    static List<InterviewQuestion> questions(JsonNode o, String key, int max) {
        List<InterviewQuestion> values = new ArrayList<>();
        JsonNode n = o.get(key);
        if (n == null || !n.isArray()) {
            return values;
        }
        for (JsonNode item : n) {
            if (values.size() >= max) {
                break;
            }
            if (item.isObject() && text(item, "question") != null) {
                String purpose = text(item, "purpose");
                values.add(new InterviewQuestion(text(item, "question"), purpose != null ? purpose : ""));
            } else if (item.isString() && !item.asString().isBlank()) {
                values.add(new InterviewQuestion(cut(item.asString().strip()), ""));
            }
        }
        return values;
    }

    /** A number (or numeric string) rounded and clamped into [min, max]; null when absent or not a number. */
    public static Integer clamped(JsonNode o, String key, int min, int max) {
        JsonNode n = o.get(key);
        double value;
        if (n == null || n.isNull()) {
            return null;
        } else if (n.isNumber()) {
            value = n.doubleValue();
        } else if (n.isString()) {
            try {
                value = Double.parseDouble(n.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        if (Double.isNaN(value)) {
            return null;
        }
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    public static String cut(String s) {
        return s.length() <= MAX_FIELD_CHARS ? s : s.substring(0, MAX_FIELD_CHARS);
    }
}
