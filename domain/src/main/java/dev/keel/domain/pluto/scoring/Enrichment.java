package dev.keel.domain.pluto.scoring;

import java.util.List;

/** The parsed crustdata_enrichment_data cell. Strings may be null; lists are never null. */
public record Enrichment(String name, String title, String headline, String summary, String location,
        List<String> skills, List<Employer> currentEmployers, List<Employer> pastEmployers,
        List<String> education) {
    public static final Enrichment EMPTY = new Enrichment(null, null, null, null, null,
            List.of(), List.of(), List.of(), List.of());

    public Enrichment {
        skills = List.copyOf(skills);
        currentEmployers = List.copyOf(currentEmployers);
        pastEmployers = List.copyOf(pastEmployers);
        education = List.copyOf(education);
    }
}
