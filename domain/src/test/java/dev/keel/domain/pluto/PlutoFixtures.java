package dev.keel.domain.pluto;

import dev.keel.domain.pluto.scoring.Employer;
import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoSignals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class PlutoFixtures {
    private PlutoFixtures() {
    }

    public static PlutoCandidate candidate(String title, String headline, String summary, Double years) {
        return new PlutoCandidate(1, "Jane Doe", title, "Austin", "TX", years, headline, summary, List.of(),
                List.of(), List.of(), List.of(), Map.of());
    }

    public static PlutoCandidate withEmployers(String title, List<Employer> current, List<Employer> past) {
        return new PlutoCandidate(1, "Jane Doe", title, null, null, null, null, null, List.of(), current, past,
                List.of(), Map.of());
    }

    public static Employer job(String name, String title, String start, String end) {
        return new Employer(name, title, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    public static PlutoSignals signals(boolean finance, boolean founder, boolean startup, long acv, boolean enterprise,
            int redFlags) {
        List<PlutoSignals.RedFlag> flags = new java.util.ArrayList<>();
        for (int i = 0; i < redFlags; i++) {
            flags.add(PlutoSignals.RedFlag.values()[i % 2]);
        }
        return new PlutoSignals(finance, founder, startup, acv, enterprise, flags);
    }

    public static PlutoSignals none() {
        return signals(false, false, false, 0, false, 0);
    }
}
