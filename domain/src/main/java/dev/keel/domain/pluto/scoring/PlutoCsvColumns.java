package dev.keel.domain.pluto.scoring;

import java.util.List;

/** The known input columns, matched case-insensitively after trimming. */
public final class PlutoCsvColumns {
    public static final String NAME = "name";
    public static final String JOB_TITLE = "job_title";
    public static final String LOCATION_CITY = "location_city";
    public static final String LOCATION_STATE = "location_state";
    public static final String YEARS = "years_sales_experience";
    public static final String HEADLINE = "linkedin_headline";
    public static final String ENRICHMENT = "crustdata_enrichment_data";
    public static final List<String> KNOWN = List.of(NAME, JOB_TITLE, LOCATION_CITY, LOCATION_STATE, YEARS,
            HEADLINE, ENRICHMENT);

    private PlutoCsvColumns() {
    }
}
