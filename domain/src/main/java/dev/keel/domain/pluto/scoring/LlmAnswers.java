package dev.keel.domain.pluto.scoring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses and validates the LLM's JSON answers for Pluto. An answer that does not fit is a MalformedAnswer
 * (the caller retries the call); text around a JSON object (markdown fences) is tolerated.
 */
public final class LlmAnswers {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final int MAX_TEXT = 2_000;
    static final int MAX_ITEMS = 8;

    private LlmAnswers() {
    }

    public static final class MalformedAnswer extends Exception {
        public MalformedAnswer(String message) {
            super(message);
        }
    }

    /** {"score": 0..100, "summary", "pros": [], "cons": [], "reasoning", "interview_questions": [3]}. */
    public static AiAssessment assessment(String text) throws MalformedAnswer {
        JsonNode root = object(text);
        JsonNode score = root.get("score");
        if (score == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 100) {
            throw new MalformedAnswer("score must be a number from 0 to 100");
        }
        String summary = firstLine(required(root, "summary"));
        List<String> questions = strings(root, "interview_questions");
        if (questions.size() < 3) {
            throw new MalformedAnswer("expected 3 interview_questions, got " + questions.size());
        }
        return new AiAssessment((int) Math.round(score.asDouble()), summary, strings(root, "pros"), strings(root, "cons"),
                clip(required(root, "reasoning")), questions.subList(0, 3));
    }

    /**
     * {"sold_to_finance", "founder", "startup", "enterprise": booleans, "acv_usd": number or null,
     * "red_flags": ["short_tenures" | "no_sales_title"]}; unknown red flags are ignored.
     */
    public static PlutoSignals signals(String text) throws MalformedAnswer {
        JsonNode root = object(text);
        List<PlutoSignals.RedFlag> flags = new ArrayList<>();
        for (String flag : strings(root, "red_flags")) {
            switch (flag.strip().toLowerCase()) {
                case "short_tenures" -> flags.add(PlutoSignals.RedFlag.SHORT_TENURES);
                case "no_sales_title" -> flags.add(PlutoSignals.RedFlag.NO_SALES_TITLE);
                default -> { }
            }
        }
        JsonNode acv = root.get("acv_usd");
        long acvUsd = acv != null && acv.isNumber() && acv.asDouble() > 0 ? Math.min((long) acv.asDouble(), 1_000_000_000L) : 0;
        return new PlutoSignals(bool(root, "sold_to_finance"), bool(root, "founder"), bool(root, "startup"), acvUsd,
                bool(root, "enterprise"), flags.stream().distinct().toList());
    }

    private static JsonNode object(String text) throws MalformedAnswer {
        if (text == null) {
            throw new MalformedAnswer("empty answer");
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new MalformedAnswer("the answer holds no JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(text.substring(start, end + 1));
            if (!node.isObject()) {
                throw new MalformedAnswer("the answer is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedAnswer("the answer is not valid JSON");
        }
    }

    private static boolean bool(JsonNode root, String field) throws MalformedAnswer {
        JsonNode node = root.get(field);
        if (node == null || !node.isBoolean()) {
            throw new MalformedAnswer(field + " must be true or false");
        }
        return node.asBoolean();
    }

    private static String required(JsonNode root, String field) throws MalformedAnswer {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new MalformedAnswer(field + " must be a non-empty string");
        }
        return node.asString().strip();
    }

    private static List<String> strings(JsonNode root, String field) throws MalformedAnswer {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new MalformedAnswer(field + " must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isString() && !item.asString().isBlank() && out.size() < MAX_ITEMS) {
                out.add(clip(item.asString().strip()));
            }
        }
        return out;
    }

    private static String firstLine(String text) {
        return clip(text.lines().findFirst().orElse(text).strip());
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
