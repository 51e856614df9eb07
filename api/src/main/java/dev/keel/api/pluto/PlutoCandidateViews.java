package dev.keel.api.pluto;

import dev.keel.domain.pluto.StoredPlutoCandidate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON shapes of a Pluto candidate: the ranked summary (results, status lists) and the full detail. */
final class PlutoCandidateViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlutoCandidateViews() {
    }

    static Map<String, Object> summary(StoredPlutoCandidate c, Integer rank) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id().toString());
        if (rank != null) {
            out.put("rank", rank);
        }
        out.put("run_id", c.runId().toString());
        out.put("row_number", c.rowNumber());
        out.put("name", c.name());
        out.put("job_title", c.jobTitle());
        out.put("location_city", c.locationCity());
        out.put("location_state", c.locationState());
        out.put("years_sales_experience", c.yearsSalesExperience());
        out.put("linkedin_headline", c.linkedinHeadline());
        out.put("algo_score", c.algoScore());
        out.put("ai_score", c.aiScore());
        out.put("ai_status", c.aiStatus());
        out.put("ai_scoring_failed", "failed".equals(c.aiStatus()));
        out.put("final_score", c.finalScore());
        out.put("tier", c.tier());
        JsonNode ai = json(c.aiResultJson());
        out.put("one_line_summary", ai == null ? null : text(ai, "summary"));
        out.put("pros", ai == null ? List.of() : ai.path("pros"));
        out.put("cons", ai == null ? List.of() : ai.path("cons"));
        out.put("reasoning", ai == null ? null : text(ai, "reasoning"));
        out.put("interview_questions", ai == null ? List.of() : ai.path("interview_questions"));
        out.put("signals", json(c.signalsJson()));
        out.put("enrichment_source", c.enrichmentSource());
        return out;
    }

    static Map<String, Object> detail(StoredPlutoCandidate c) {
        Map<String, Object> out = summary(c, null);
        JsonNode profile = json(c.profileJson());
        for (String field : List.of("summary", "skills", "current_employers", "past_employers", "education",
                "raw_data")) {
            out.put(field, profile.path(field));
        }
        out.put("algo_breakdown", json(c.algoBreakdownJson()));
        out.put("ai_error", c.aiError());
        return out;
    }

    static List<Map<String, Object>> ranked(List<StoredPlutoCandidate> rows, int firstRank) {
        List<Map<String, Object>> out = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(summary(rows.get(i), firstRank + i));
        }
        return out;
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
