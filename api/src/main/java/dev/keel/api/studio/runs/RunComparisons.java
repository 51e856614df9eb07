package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.runs.RunAggregate;
import dev.keel.domain.studio.runs.RunSummaries;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.domain.studio.runs.StudioRuns;
import dev.keel.domain.studio.runs.StudioResults;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.stereotype.Component;

/** The original's run comparison: each run with its per-model averages. */
@Component
public class RunComparisons {
    private final StudioRuns runs;
    private final StudioResults results;

    public RunComparisons(StudioRuns runs, StudioResults results) {
        this.runs = runs;
        this.results = results;
    }

    public record ComparedModel(String model, String provider, String modelId, Double avgTps, Double avgTtftMs,
                                int contextTokens, Double avgCost, Double avgOutputSpeedTps, Double avgItlMs) {
    }

    public record ComparedRun(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id, String timestamp,
                              String prompt, List<ComparedModel> models) {
    }

    List<ComparedRun> runs(Caller caller, List<String> ids) {
        long userId = StudioCallers.userId(caller);
        return ids.stream().map(id -> {
            StudioRun run = runs.findOwned(caller.orgId(), userId, id)
                    .orElseThrow(() -> ApiException.notFound("Run not found: " + id));
            List<ComparedModel> models = RunSummaries.of(results.ofRun(run.id())).stream()
                    .filter(a -> a.successCount() > 0).map(RunComparisons::model).toList();
            return new ComparedRun(run.id(), HistoryViews.timestamp(run.createdAt()), run.prompt(), models);
        }).toList();
    }

    private static ComparedModel model(RunAggregate a) {
        return new ComparedModel(a.model(), a.provider(), a.modelId(), a.avgTokensPerSecond(), a.avgTtftMs(),
                a.contextTokens(), a.avgCost(), a.avgOutputSpeedTps(), a.avgItlMs());
    }
}
