package dev.keel.domain.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrichmentParserTest {
    static final String OBJECT = """
            {"name": "Ann Lee", "title": "AE", "headline": "Closer", "summary": "Sold to banks",
             "location": "Denver, Colorado", "skills": ["SaaS", {"name": "Negotiation"}, 7, {}],
             "current_employers": [{"employer_name": "Acme", "employee_title": "Enterprise AE",
                                    "start_date": "2022-03-01T00:00:00", "end_date": null}],
             "past_employers": [{"employer_name": "Beta", "employee_title": "SDR",
                                 "start_date": "2019-06", "end_date": "2021"}],
             "education": ["BA Economics", {"institute_name": "CU Boulder", "degree_name": "MBA", "year": 2015}],
             "unknown_field": {"x": 1}}""";

    @Test
    void parsesAnObjectWithEveryField() throws Exception {
        Enrichment e = EnrichmentParser.parse(OBJECT).orElseThrow();
        assertThat(e.name()).isEqualTo("Ann Lee");
        assertThat(e.location()).isEqualTo("Denver, Colorado");
        assertThat(e.skills()).containsExactly("SaaS", "Negotiation");
        assertThat(e.currentEmployers()).containsExactly(
                new Employer("Acme", "Enterprise AE", LocalDate.of(2022, 3, 1), null));
        assertThat(e.pastEmployers()).containsExactly(
                new Employer("Beta", "SDR", LocalDate.of(2019, 6, 1), LocalDate.of(2021, 1, 1)));
        assertThat(e.education()).containsExactly("BA Economics", "CU Boulder, MBA, 2015");
    }

    @Test
    void aOneElementListReadsLikeItsObject() throws Exception {
        assertThat(EnrichmentParser.parse("[" + OBJECT + "]")).isEqualTo(EnrichmentParser.parse(OBJECT));
    }

    @Test
    void blankCellIsNoEnrichment() throws Exception {
        assertThat(EnrichmentParser.parse("  ")).isEmpty();
        assertThat(EnrichmentParser.parse(null)).isEmpty();
    }

    @Test
    void rejectsBrokenJsonListsOfOtherSizesAndScalars() {
        assertThatThrownBy(() -> EnrichmentParser.parse("{\"name\": ")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> EnrichmentParser.parse("[]")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> EnrichmentParser.parse("[{}, {}]")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> EnrichmentParser.parse("\"text\"")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> EnrichmentParser.parse("[5]")).hasMessageContaining("JSON object");
    }

    @Test
    void wronglyTypedFieldsReadAsMissing() throws Exception {
        Enrichment e = EnrichmentParser.parse("{\"name\": {\"first\": \"A\"}, \"skills\": \"SaaS\","
                + " \"current_employers\": {}, \"past_employers\": [1, {\"start_date\": \"soon\"}]}").orElseThrow();
        assertThat(e.name()).isNull();
        assertThat(e.skills()).isEmpty();
        assertThat(e.currentEmployers()).isEmpty();
        assertThat(e.pastEmployers()).containsExactly(new Employer(null, null, null, null));
    }
}
