package dev.keel.domain.pluto.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A candidate after deterministic extraction. name is never null ("Unknown" at worst); the other
 * strings and years may be null; lists are never null. extra holds the unknown CSV columns raw.
 */
public record PlutoCandidate(long rowNumber, String name, String title, String city, String state,
        Double yearsSalesExperience, String headline, String summary, List<String> skills,
        List<Employer> currentEmployers, List<Employer> pastEmployers, List<String> education,
        Map<String, String> extra) {
    public static final String UNKNOWN_NAME = "Unknown";

    public PlutoCandidate {
        skills = List.copyOf(skills);
        currentEmployers = List.copyOf(currentEmployers);
        pastEmployers = List.copyOf(pastEmployers);
        education = List.copyOf(education);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** The profile fields still missing, in a fixed order: name, title, city, state, years, headline. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        if (UNKNOWN_NAME.equals(name)) {
            gaps.add("name");
        }
        if (title == null) {
            gaps.add("title");
        }
        if (city == null) {
            gaps.add("city");
        }
        if (state == null) {
            gaps.add("state");
        }
        if (yearsSalesExperience == null) {
            gaps.add("years_sales_experience");
        }
        if (headline == null) {
            gaps.add("headline");
        }
        return gaps;
    }
}
