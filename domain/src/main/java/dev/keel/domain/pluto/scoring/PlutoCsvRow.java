package dev.keel.domain.pluto.scoring;

import java.util.Map;

/**
 * One data row as read from the CSV: known columns (null when absent or blank), years already
 * parsed (null when missing or invalid), enrichment parsed (Enrichment.EMPTY when missing or
 * broken) and every unknown column kept raw in header order. Row 1 is the first row after the header.
 */
public record PlutoCsvRow(long rowNumber, String name, String jobTitle, String locationCity,
        String locationState, Double yearsSalesExperience, String linkedinHeadline, Enrichment enrichment,
        Map<String, String> extra) {
    public PlutoCsvRow {
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }
}
