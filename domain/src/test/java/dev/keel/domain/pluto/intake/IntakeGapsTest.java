package dev.keel.domain.pluto.intake;

import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoProfileJson;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntakeGapsTest {
    private static StoredPlutoCandidate stored(PlutoCandidate c) {
        return new StoredPlutoCandidate(UUID.randomUUID(), 1, UUID.randomUUID(), c.rowNumber(), c.name(), c.title(),
                c.city(), c.state(), c.yearsSalesExperience(), c.headline(), PlutoProfileJson.write(c), null, null,
                null, null, "pending", null, null, null, null, null);
    }

    private static PlutoCandidate candidate(String name, String title, Double years, Map<String, String> extra) {
        return new PlutoCandidate(1, name, title, "Austin", null, years, null, null, List.of(), List.of(), List.of(),
                List.of(), extra);
    }

    @Test
    void listsTheCandidateGapsThenPhoneAndEmail() {
        var gaps = IntakeGaps.of(stored(candidate(PlutoCandidate.UNKNOWN_NAME, null, null, Map.of())),
                CandidateContact.NONE);
        assertThat(gaps).containsExactly("name", "title", "state", "years_sales_experience", "headline", "phone",
                "email");
        assertThat(IntakeGaps.questions(gaps)).hasSize(7).first().isEqualTo("What is your full name?");
        assertThat(IntakeGaps.questions(List.of("phone"))).containsExactly("What is your phone number?");
    }

    @Test
    void storedContactsAndRawCsvColumnsFillPhoneAndEmail() {
        PlutoCandidate withRawPhone = candidate("Dana", "AE", 3.0, Map.of(" Phone ", "+1 555 0100"));
        assertThat(IntakeGaps.of(stored(withRawPhone), CandidateContact.NONE)).containsExactly("state", "headline",
                "email");
        assertThat(IntakeGaps.of(stored(withRawPhone), new CandidateContact(null, "dana@example.com")))
                .containsExactly("state", "headline");
        PlutoCandidate blankRaw = candidate("Dana", "AE", 3.0, Map.of("email", "  "));
        assertThat(IntakeGaps.of(stored(blankRaw), new CandidateContact("+1 555 0100", null))).contains("email");
    }
}
