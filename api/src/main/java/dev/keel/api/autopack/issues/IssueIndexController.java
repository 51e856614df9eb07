package dev.keel.api.autopack.issues;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildIssues;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's run issue index and project backlog, read from the issues the executor recorded (PostgreSQL, not
 * files), within the caller's organization. A minor issue needs cleanup once seen in 3 runs or 2 tiers.
 */
@RestController
@Tag(name = "autopack")
public class IssueIndexController {
    record RunIssueEntry(String category, String severity, String effectiveSeverity, int firstPhaseIndex,
                         int lastPhaseIndex, int occurrenceCount, List<String> seenInTiers, List<String> seenInPhases) {
    }

    record RunIssueIndex(String runId, @JsonProperty("issues_by_key") Map<String, RunIssueEntry> issuesByKey) {
    }

    record BacklogEntry(String category, String baseSeverity, int ageInRuns, int ageInTiers, String firstSeenRunId,
                        String lastSeenRunId, Instant lastSeenAt, List<String> seenInTiers, String status) {
    }

    record ProjectBacklog(String projectId, @JsonProperty("issues_by_key") Map<String, BacklogEntry> issuesByKey) {
    }

    private final BuildRuns runs;
    private final BuildIssues issues;

    public IssueIndexController(BuildRuns runs, BuildIssues issues) {
        this.runs = runs;
        this.issues = issues;
    }

    @GetMapping("/runs/{run_id}/issues/index")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public RunIssueIndex runIndex(Caller caller, @PathVariable("run_id") String runId) {
        StoredRun run = runs.find(caller.orgId(), runId)
                .orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
        Map<String, RunIssueEntry> byKey = new LinkedHashMap<>();
        for (BuildIssues.RunIssue i : issues.forRun(run.id())) {
            byKey.put(i.issueKey(), new RunIssueEntry(i.category(), i.severity(), i.severity(), i.firstPhaseIndex(),
                    i.lastPhaseIndex(), i.occurrenceCount(), i.seenInTiers(), i.seenInPhases()));
        }
        return new RunIssueIndex(runId, byKey);
    }

    @GetMapping("/project/issues/backlog")
    public ProjectBacklog backlog(Caller caller) {
        Map<String, BacklogEntry> byKey = new LinkedHashMap<>();
        for (BuildIssues.BacklogIssue i : issues.backlog(caller.orgId(), 1000)) {
            boolean aged = i.ageInRuns() >= 3 || i.ageInTiers() >= 2;
            byKey.put(i.issueKey(), new BacklogEntry(i.category(), i.baseSeverity(), i.ageInRuns(), i.ageInTiers(),
                    i.firstSeenRunId(), i.lastSeenRunId(), i.lastSeenAt(), i.seenInTiers(),
                    "minor".equals(i.baseSeverity()) && aged ? "needs_cleanup" : "open"));
        }
        return new ProjectBacklog("Autopack", byKey);
    }
}
