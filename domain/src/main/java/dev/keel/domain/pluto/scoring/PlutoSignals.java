package dev.keel.domain.pluto.scoring;

import java.util.List;

/** What SignalDetector found in a candidate; acv is the largest amount in dollars, 0 when none. */
public record PlutoSignals(boolean soldToFinance, boolean founder, boolean startup, long acv, boolean enterprise,
        List<RedFlag> redFlags) {
    public PlutoSignals {
        redFlags = List.copyOf(redFlags);
    }

    public enum RedFlag {
        /** Three or more past employers with both dates known and less than 12 months between them. */
        SHORT_TENURES,
        /** Some title is known (job title or an employer title) but none is a sales title. */
        NO_SALES_TITLE
    }
}
