package dev.keel.api.pluto;

import dev.keel.activities.pluto.PlutoSettings;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.pluto.PlutoRun;
import dev.keel.domain.pluto.PlutoRunRepository;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.pluto.PipelineInput;
import dev.keel.workflows.pluto.ScoringPipelineWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Starts, signals and finds scoring pipelines; one unfinished pipeline per organization. */
@Service
public class PlutoPipelines {
    static final String KIND = "pluto-scoring";

    private final WorkflowClient client;
    private final PlutoRunRepository runs;
    private final RunIndex runIndex;
    private final PlutoSettings settings;

    public PlutoPipelines(WorkflowClient client, PlutoRunRepository runs, RunIndex runIndex, PlutoSettings settings) {
        this.client = client;
        this.runs = runs;
        this.runIndex = runIndex;
        this.settings = settings;
    }

    public PlutoRun start(Caller caller, String filename, String jobDescription, boolean skipAi,
                          PlutoUploads.Checked upload) {
        UUID runId = UUID.randomUUID();
        String workflowId = WorkflowIds.plutoScoring(runId.toString());
        int total = upload.scan().candidates();
        PlutoRun run = new PlutoRun(runId, caller.orgId(), workflowId, filename, blankToNull(jobDescription), skipAi,
                "extracting", "extracting", "Processing started", total, null, null);
        try {
            runs.create(run, caller.userId(), upload.csv());
        } catch (PlutoRunRepository.RunInProgressException e) {
            throw ApiException.conflict(runs.latest(caller.orgId()).filter(r -> !r.finished())
                    .map(r -> "A scoring pipeline is already running for this organization (run " + r.id() + ", "
                            + r.status() + "); wait for it, or cancel it with POST /api/pluto/cancel")
                    .orElse("A scoring pipeline is already running for this organization"));
        }
        String summary = "Pluto scoring of " + total + " candidates from " + (filename == null ? "an upload" : filename)
                + (skipAi ? " (AI scoring after confirmation)" : "");
        runIndex.register(caller.orgId(), KIND, runId.toString(), workflowId, "running", summary);
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.PLUTO)
                .setTypedSearchAttributes(KeelSearchAttributes.of(caller.orgId(), KIND))
                .setStaticSummary(summary)
                .build();
        ScoringPipelineWorkflow workflow = client.newWorkflowStub(ScoringPipelineWorkflow.class, options);
        try {
            WorkflowClient.start(workflow::run, new PipelineInput(caller.orgId(), runId.toString(), total, skipAi,
                    settings.batchSize(), settings.batchesInFlight(), settings.maxHistoryEvents(), null));
        } catch (RuntimeException e) {
            runs.updateProgress(runId, "failed", "failed", "The pipeline could not be started: Temporal unavailable",
                    true);
            runIndex.updateStatus(workflowId, "failed", true);
            throw ApiException.unavailable("Temporal is unavailable; the upload was not started, try again later");
        }
        return run;
    }

    /** The run named by runId, else the organization's latest; 404 when there is none. */
    public PlutoRun resolve(Caller caller, String runId) {
        Optional<PlutoRun> run = runId == null || runId.isBlank() ? runs.latest(caller.orgId())
                : parse(runId).flatMap(id -> runs.find(caller.orgId(), id));
        return run.orElseThrow(() -> ApiException.notFound(runId == null || runId.isBlank()
                ? "No scoring run yet: upload a CSV with POST /api/pluto/upload" : "Run not found"));
    }

    public ScoringPipelineWorkflow workflow(PlutoRun run) {
        return client.newWorkflowStub(ScoringPipelineWorkflow.class, run.workflowId());
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
