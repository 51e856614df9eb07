package dev.keel.domain.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {
    private static final Enrichment ENRICHED = new Enrichment("Enriched Name", "Enriched Title", "Enriched headline",
            "Summary", "Denver, Colorado, United States", List.of("SaaS"),
            List.of(new Employer("Acme", "Enterprise AE", null, null), new Employer("Side", "Advisor", null, null)),
            List.of(), List.of());

    private static PlutoCsvRow row(String name, String title, String city, String state, Enrichment e) {
        return new PlutoCsvRow(7, name, title, city, state, 4.0, null, e, Map.of("source", "fair"));
    }

    @Test
    void csvColumnsWinOverEnrichment() {
        PlutoCandidate c = CandidateExtractor.extract(row("Jo", "AE", "Austin", "TX", ENRICHED));
        assertThat(List.of(c.name(), c.title(), c.city(), c.state())).containsExactly("Jo", "AE", "Austin", "TX");
        assertThat(c.rowNumber()).isEqualTo(7);
        assertThat(c.extra()).containsEntry("source", "fair");
    }

    @Test
    void missingNameFallsBackToEnrichmentNameThenUnknown() {
        assertThat(CandidateExtractor.extract(row(null, null, null, null, ENRICHED)).name()).isEqualTo("Enriched Name");
        PlutoCandidate unknown = CandidateExtractor.extract(row(null, null, null, null, Enrichment.EMPTY));
        assertThat(unknown.name()).isEqualTo("Unknown");
        assertThat(unknown.gaps()).containsExactly("name", "title", "city", "state", "headline");
    }

    @Test
    void missingTitleFallsBackToFirstCurrentEmployerTitleNotEnrichmentTitle() {
        assertThat(CandidateExtractor.extract(row("Jo", null, null, null, ENRICHED)).title())
                .isEqualTo("Enterprise AE");
        assertThat(CandidateExtractor.extract(row("Jo", null, null, null, Enrichment.EMPTY)).title()).isNull();
    }

    @Test
    void missingCityAndStateFallBackToEnrichmentLocationEachOnItsOwn() {
        PlutoCandidate both = CandidateExtractor.extract(row("Jo", null, null, null, ENRICHED));
        assertThat(List.of(both.city(), both.state())).containsExactly("Denver", "Colorado");
        PlutoCandidate stateOnly = CandidateExtractor.extract(row("Jo", null, "Boulder", null, ENRICHED));
        assertThat(List.of(stateOnly.city(), stateOnly.state())).containsExactly("Boulder", "Colorado");
    }

    @Test
    void locationWithoutCommaIsACityOnly() {
        assertThat(CandidateExtractor.splitLocation("Remote")).containsExactly("Remote", null);
        assertThat(CandidateExtractor.splitLocation(" , CA")).containsExactly(null, "CA");
    }

    @Test
    void headlineFallsBackToEnrichmentHeadline() {
        assertThat(CandidateExtractor.extract(row("Jo", null, null, null, ENRICHED)).headline())
                .isEqualTo("Enriched headline");
    }
}
