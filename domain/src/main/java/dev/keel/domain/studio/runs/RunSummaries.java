package dev.keel.domain.studio.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates results per (provider, model, context tier), in the order they first appear. */
public final class RunSummaries {
    private RunSummaries() {
    }

    public static List<RunAggregate> of(List<StudioResult> results) {
        Map<String, List<StudioResult>> groups = new LinkedHashMap<>();
        for (StudioResult r : results) {
            groups.computeIfAbsent(r.providerKey() + "\u0000" + r.modelId() + "\u0000" + r.contextTokens(),
                    k -> new ArrayList<>()).add(r);
        }
        List<RunAggregate> aggregates = new ArrayList<>();
        for (List<StudioResult> group : groups.values()) {
            StudioResult first = group.get(0);
            aggregates.add(RunAggregate.of(first.modelId(), first.model(), first.provider(), first.contextTokens(),
                    group.stream().map(StudioResult::sample).toList()));
        }
        return aggregates;
    }
}
