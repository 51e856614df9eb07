package dev.keel.domain.pluto.scoring;

/**
 * The deterministic extraction of seeds/README.md (002): a missing name falls back to the
 * enrichment name, then "Unknown"; a missing title to the first current employer's title; a missing
 * city / state (each on its own) to the enrichment location "City, State". Beyond the seed: a missing
 * headline falls back to the enrichment headline.
 */
public final class CandidateExtractor {
    private CandidateExtractor() {
    }

    public static PlutoCandidate extract(PlutoCsvRow row) {
        Enrichment e = row.enrichment();
        String name = first(row.name(), e.name(), PlutoCandidate.UNKNOWN_NAME);
        String firstCurrentTitle = e.currentEmployers().isEmpty() ? null : e.currentEmployers().get(0).title();
        String title = first(row.jobTitle(), firstCurrentTitle, null);
        String[] location = splitLocation(e.location());
        return new PlutoCandidate(row.rowNumber(), name, title, first(row.locationCity(), location[0], null),
                first(row.locationState(), location[1], null), row.yearsSalesExperience(),
                first(row.linkedinHeadline(), e.headline(), null), e.summary(), e.skills(), e.currentEmployers(),
                e.pastEmployers(), e.education(), row.extra());
    }

    /**
     * "City, State" -> [City, State]; "City, State, Country" keeps the first two parts; a single part
     * is a city only.
     */
    static String[] splitLocation(String location) {
        if (location == null) {
            return new String[] {null, null};
        }
        String[] parts = location.split(",");
        String city = PlutoCsvRowParser.blankToNull(parts[0]);
        String state = parts.length > 1 ? PlutoCsvRowParser.blankToNull(parts[1]) : null;
        return new String[] {city, state};
    }

    private static String first(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return fallback;
    }
}
