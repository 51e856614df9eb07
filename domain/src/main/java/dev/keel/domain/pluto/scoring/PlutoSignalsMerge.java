package dev.keel.domain.pluto.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Combines the LLM's signals with the keyword detectors': a signal the keywords find is a fact in the text, so
 * booleans are OR-ed, ACV is the larger, red flags the union.
 */
public final class PlutoSignalsMerge {
    private PlutoSignalsMerge() {
    }

    public static PlutoSignals merge(PlutoSignals keywords, PlutoSignals llm) {
        List<PlutoSignals.RedFlag> flags = new ArrayList<>(keywords.redFlags());
        llm.redFlags().stream().filter(f -> !flags.contains(f)).forEach(flags::add);
        return new PlutoSignals(keywords.soldToFinance() || llm.soldToFinance(), keywords.founder() || llm.founder(),
                keywords.startup() || llm.startup(), Math.max(keywords.acv(), llm.acv()),
                keywords.enterprise() || llm.enterprise(), flags);
    }
}
