package dev.keel.domain.pluto.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a crustdata_enrichment_data cell: a JSON object, or a one-element list holding one.
 * Unknown fields are ignored; a wrongly typed known field reads as missing. Dates keep only the
 * leading yyyy[-MM[-dd]] part (a missing month or day reads as 1).
 */
public final class EnrichmentParser {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");

    private EnrichmentParser() {
    }

    /** Thrown for a cell that is not JSON, or not an object / one-element list of an object. */
    public static final class InvalidEnrichment extends Exception {
        InvalidEnrichment(String message) {
            super(message);
        }
    }

    /** Empty for a blank cell. */
    public static Optional<Enrichment> parse(String cell) throws InvalidEnrichment {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(cell);
        } catch (JacksonException e) {
            throw new InvalidEnrichment("enrichment is not valid JSON");
        }
        if (root.isArray()) {
            if (root.size() != 1) {
                throw new InvalidEnrichment("enrichment list must hold exactly one object, not " + root.size());
            }
            root = root.get(0);
        }
        if (!root.isObject()) {
            throw new InvalidEnrichment("enrichment must be a JSON object or a one-element list of one");
        }
        return Optional.of(new Enrichment(text(root, "name"), text(root, "title"), text(root, "headline"),
                text(root, "summary"), text(root, "location"), skills(root.get("skills")),
                employers(root.get("current_employers")), employers(root.get("past_employers")),
                education(root.get("education"))));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        String s = value.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> skills(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode skill : node.values()) {
                String s = skill.isObject() ? text(skill, "name") : skill.isString() ? skill.asString().strip() : null;
                if (s != null && !s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Employer> employers(JsonNode node) {
        List<Employer> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode e : node.values()) {
                if (e.isObject()) {
                    out.add(new Employer(text(e, "employer_name"), text(e, "employee_title"),
                            date(text(e, "start_date")), date(text(e, "end_date"))));
                }
            }
        }
        return out;
    }

    /** Strings as they are; objects as their non-blank scalar values joined by ", ". */
    private static List<String> education(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode e : node.values()) {
                if (e.isString() && !e.asString().isBlank()) {
                    out.add(e.asString().strip());
                } else if (e.isObject()) {
                    List<String> parts = new ArrayList<>();
                    for (var p : e.properties()) {
                        String s = text(e, p.getKey());
                        if (s != null) {
                            parts.add(s);
                        }
                    }
                    if (!parts.isEmpty()) {
                        out.add(String.join(", ", parts));
                    }
                }
            }
        }
        return out;
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
