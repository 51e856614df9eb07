package dev.keel.domain.pluto.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pluto_candidates.profile column: the parts of a PlutoCandidate that have no column of their own
 * (summary, skills, current_employers, past_employers, education, raw_data), in snake_case JSON.
 */
public final class PlutoProfileJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PlutoProfileJson() {
    }

    public static String write(PlutoCandidate c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("summary", c.summary());
        ArrayNode skills = root.putArray("skills");
        c.skills().forEach(skills::add);
        employers(root.putArray("current_employers"), c.currentEmployers());
        employers(root.putArray("past_employers"), c.pastEmployers());
        ArrayNode education = root.putArray("education");
        c.education().forEach(education::add);
        ObjectNode raw = root.putObject("raw_data");
        c.extra().forEach(raw::put);
        return MAPPER.writeValueAsString(root);
    }

    /** Rebuilds the candidate from its columns and profile JSON (as write() produced it). */
    public static PlutoCandidate read(long rowNumber, String name, String title, String city, String state,
                                      Double years, String headline, String profileJson) {
        JsonNode root = MAPPER.readTree(profileJson);
        Map<String, String> raw = new LinkedHashMap<>();
        root.path("raw_data").properties().forEach(e -> raw.put(e.getKey(), e.getValue().asString()));
        return new PlutoCandidate(rowNumber, name, title, city, state, years, headline, text(root, "summary"),
                strings(root.path("skills")), employers(root.path("current_employers")),
                employers(root.path("past_employers")), strings(root.path("education")), raw);
    }

    private static void employers(ArrayNode out, List<Employer> employers) {
        for (Employer e : employers) {
            ObjectNode node = out.addObject();
            node.put("employer_name", e.name());
            node.put("employee_title", e.title());
            node.put("start_date", e.startDate() == null ? null : e.startDate().toString());
            node.put("end_date", e.endDate() == null ? null : e.endDate().toString());
        }
    }

    private static List<Employer> employers(JsonNode array) {
        List<Employer> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new Employer(text(n, "employer_name"), text(n, "employee_title"), date(n, "start_date"),
                    date(n, "end_date")));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
