package dev.keel.activities.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.runs.ContextTiers;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.workflows.studio.runs.BenchmarkPlan;
import dev.keel.workflows.studio.runs.BenchmarkStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a run as the original: targets grouped by provider (groups run in parallel), within a group tier, then
 * model; a step is skipped when its tier does not fit the model's window; the warm-up goes before a model's first
 * measured step.
 */
final class BenchmarkPlanner {
    private BenchmarkPlanner() {
    }

    static BenchmarkPlan plan(StudioRun run, List<StudioTarget> targets) {
        Map<String, List<StudioTarget>> byProvider = new LinkedHashMap<>();
        for (StudioTarget target : targets) {
            byProvider.computeIfAbsent(target.providerKey(), k -> new ArrayList<>()).add(target);
        }
        int measured = 0;
        List<BenchmarkPlan.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<StudioTarget>> entry : byProvider.entrySet()) {
            List<BenchmarkStep> steps = new ArrayList<>();
            Set<String> warmed = new HashSet<>();
            for (int tier : run.contextTiers()) {
                for (StudioTarget target : entry.getValue()) {
                    boolean fits = ContextTiers.fits(tier, target.contextWindow(), run.maxTokens());
                    boolean warm = fits && run.warmup() && warmed.add(target.modelId());
                    steps.add(new BenchmarkStep(target.providerKey(), target.modelId(), tier, !fits, warm));
                    measured += fits ? run.runs() : 0;
                }
            }
            groups.add(new BenchmarkPlan.Group(entry.getKey(), steps));
        }
        return new BenchmarkPlan(run.runs(), measured, groups);
    }
}
