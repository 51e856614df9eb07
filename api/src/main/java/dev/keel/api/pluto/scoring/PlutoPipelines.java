package dev.keel.api.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoSettings;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.pluto.scoring.PipelineInput;
import dev.keel.workflows.pluto.scoring.ScoringPipelineWorkflow;
import io.temporal.client.WorkflowClient;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and finds scoring pipelines; one unfinished pipeline per organization. The run, its CSV, the run index
 * row and the outbox row are written in one transaction, then the start is sent to Temporal; when Temporal is
 * unreachable the upload stays accepted and the outbox dispatcher starts it once Temporal is back.
 */
@Service
public class PlutoPipelines {
    private final WorkflowClient client;
    private final PlutoRunRepository runs;
    private final PlutoSettings settings;
    private final RunLauncher launcher;
    private final PlutoRunSlots slots;
    private final TransactionTemplate transactions;

    public PlutoPipelines(WorkflowClient client, PlutoRunRepository runs, PlutoSettings settings, RunLauncher launcher,
                          PlutoRunSlots slots, TransactionTemplate transactions) {
        this.client = client;
        this.runs = runs;
        this.settings = settings;
        this.launcher = launcher;
        this.slots = slots;
        this.transactions = transactions;
    }

    public PlutoRun start(Caller caller, String filename, String jobDescription, boolean skipAi,
                          PlutoUploads.Checked upload) {
        UUID runId = UUID.randomUUID();
        String workflowId = WorkflowIds.plutoScoring(runId.toString());
        int total = upload.scan().candidates();
        PlutoRun run = new PlutoRun(runId, caller.orgId(), workflowId, filename, blankToNull(jobDescription), skipAi,
                "extracting", "extracting", "Processing started", total, null, null);
        String summary = "Pluto scoring of " + total + " candidates from " + (filename == null ? "an upload" : filename)
                + (skipAi ? " (AI scoring after confirmation)" : "");
        Launch launch = Launch.of(WorkflowKind.PLUTO_SCORING, caller.orgId(), runId.toString(), workflowId,
                ScoringPipelineWorkflow.class, new PipelineInput(caller.orgId(), runId.toString(), total, skipAi,
                        settings.batchSize(), settings.batchesInFlight(), settings.maxHistoryEvents(), null), summary)
                .withDetails(details(run, upload));
        for (int attempt = 0; ; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> {
                    runs.create(run, caller.userId(), upload.csv());
                    launcher.enqueue(launch);
                });
                break;
            } catch (PlutoRunRepository.RunInProgressException e) {
                // the slot may be held by a run whose workflow an operator ended: close it and try once more
                if (attempt > 0 || !slots.freeIfAbandoned(caller.orgId())) {
                    throw ApiException.conflict(runs.unfinished(caller.orgId())
                            .map(r -> "A scoring pipeline is already running for this organization (run " + r.id()
                                    + ", " + r.status() + "); wait for it, or cancel it with POST /api/pluto/cancel")
                            .orElse("A scoring pipeline is already running for this organization"));
                }
            }
        }
        launcher.dispatchNow(workflowId);
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

    static String details(PlutoRun run, PlutoUploads.Checked upload) {
        String job = run.jobDescription() == null ? "(none)" : run.jobDescription().length() > 300
                ? run.jobDescription().substring(0, 300) + "..." : run.jobDescription();
        return "**File:** " + (run.filename() == null ? "(unnamed)" : run.filename()) + " ("
                + upload.csv().length + " bytes)\n\n**Rows:** " + run.candidatesTotal() + " candidates"
                + (upload.scan().problems().isEmpty() ? "" : ", " + upload.scan().problems().size() + " row problems")
                + "\n\n**AI scoring:** " + (run.skipAiScoring() ? "after confirmation (skip_ai_scoring)" : "on")
                + "\n\n**Job description:** " + job.replace("\n", " ");
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
