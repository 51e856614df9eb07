package dev.keel.workflows.pluto.scoring;

import dev.keel.temporal.ActivityProfiles;
import dev.keel.temporal.Outcomes;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class ScoringPipelineWorkflowImpl implements ScoringPipelineWorkflow {
    /** How long a run waits for confirmation before it completes with AI scoring skipped. */
    static final Duration CONFIRMATION_WAIT = Duration.ofDays(7);
    /**
     * Version 1: cancellation recorded in a detached scope, KeelOutcome upserted at the end, a failed run ends
     * Failed, batch activities carry summaries. Histories recorded before it replay on the DEFAULT_VERSION path.
     */
    static final String LIFECYCLE_CHANGE = "pluto-lifecycle";
    /**
     * Version 1: batch activities are spread over the fleet (no eager dispatch) with a 10 s heartbeat timeout.
     * Histories recorded before it replay with the old activity options.
     */
    static final String FLEET_CHANGE = "pluto-fleet";
    static final String PIPELINE_FAILED = "PIPELINE_FAILED";

    private final PlutoScoringActivities records =
            Workflow.newLocalActivityStub(PlutoScoringActivities.class, ActivityProfiles.localDbWrite());
    private final PipelineInput input;
    private final List<Promise<BatchResult>> running = new ArrayList<>();
    private PipelineState state;
    private boolean lifecycle;
    private boolean spread;
    private boolean cancelRequested;
    private boolean draining;
    private int batchesRetried;

    @WorkflowInit
    public ScoringPipelineWorkflowImpl(PipelineInput in) {
        input = in;
        state = in.state() == null ? PipelineState.start() : in.state();
    }

    @Override
    public PipelineResult run(PipelineInput in) {
        lifecycle = Workflow.getVersion(LIFECYCLE_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1;
        spread = Workflow.getVersion(FLEET_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1;
        showDetails();
        try {
            return proceed();
        } catch (CanceledFailure e) {
            recordCancelled();
            throw e;
        } catch (ActivityFailure e) {
            if (lifecycle && CancellationScope.current().isCancelRequested()) {
                recordCancelled();
                throw new CanceledFailure("Cancelled while batches were running");
            }
            String reason = e.getCause() instanceof ApplicationFailure af ? af.getOriginalMessage() : e.getMessage();
            PipelineResult failed = finish(PipelineState.FAILED, "failed", "Pipeline failed: " + reason, "failed");
            if (!lifecycle) {
                return new PipelineResult(PipelineState.FAILED, failed.candidates(), reason);
            }
            throw ApplicationFailure.newNonRetryableFailure("Pipeline failed: " + reason, PIPELINE_FAILED);
        }
    }

    private PipelineResult proceed() {
        if (state.stagedRows() < 0) {
            record(PipelineState.EXTRACTING, "extracting", "Reading the CSV");
            int lastRow = PipelineBatches.stub(lifecycle, "stage the CSV's rows")
                    .stageRows(new RunRef(input.orgId(), input.runId()));
            state = state.staged(lastRow);
            record(PipelineState.EXTRACTING, "extracting", "Extracting candidates");
        }
        if (PipelineState.EXTRACTING.equals(state.status())) {
            if (!runPhase(PipelineBatches.EXTRACT)) {
                return pause();
            }
            state = state.next(input.skipAiScoring() && !state.confirmed() ? PipelineState.WAITING_CONFIRMATION
                    : PipelineState.SCORING);
        }
        if (PipelineState.WAITING_CONFIRMATION.equals(state.status())) {
            record(PipelineState.WAITING_CONFIRMATION, "waiting_confirmation",
                    "Extraction complete; algo ranking ready. Confirm to start AI scoring");
            showDetails();
            Workflow.await(CONFIRMATION_WAIT, () -> state.confirmed() || cancelRequested);
            if (cancelRequested) {
                return finish(PipelineState.CANCELLED, "cancelled", "Cancelled while waiting for confirmation",
                        "cancelled");
            }
            state = state.next(PipelineState.SCORING);
        }
        record(PipelineState.SCORING, "ai_scoring", "Scoring candidates");
        if (!runPhase(PipelineBatches.SCORE)) {
            return pause();
        }
        boolean withoutAi = state.completeWithoutAi(input.skipAiScoring());
        String done = state.aiUnavailable() != null ? "Complete without AI scores: " + state.aiUnavailable()
                : withoutAi ? "Complete without AI scores: not confirmed in time" : "Scoring complete";
        return finish(PipelineState.COMPLETE, "complete", done, withoutAi ? "complete_without_ai" : "complete");
    }

    /** Runs the current phase's batches; false when it stopped early (cancel, or continue-as-new is due). */
    private boolean runPhase(PipelineBatches phase) {
        while (true) {
            while (!cancelRequested && !draining && running.size() < input.batchesInFlight()
                    && state.nextRow() <= state.stagedRows()) {
                long from = state.nextRow();
                long to = Math.min(from + input.batchSize() - 1, state.stagedRows());
                // skip_ai_scoring means no LLM call at all until the user confirms
                boolean useAi = state.aiUnavailable() == null && (!input.skipAiScoring() || state.confirmed());
                BatchRef ref = new BatchRef(input.orgId(), input.runId(), from, to, useAi, state.aiUnavailable());
                running.add(Async.function(phase.activity(lifecycle, spread, ref), ref));
                state = state.dispatchedTo((int) to + 1);
            }
            showDetails();
            if (running.isEmpty()) {
                return !cancelRequested && !draining;
            }
            Promise.anyOf(running).get();
            for (Promise<BatchResult> p : List.copyOf(running)) {
                if (p.isCompleted()) {
                    running.remove(p);
                    BatchResult result = p.get();
                    batchesRetried += result.attempts() > 1 ? 1 : 0;
                    state = state.finishedBatch(result);
                }
            }
            if (Workflow.getInfo().isContinueAsNewSuggested()
                    || Workflow.getInfo().getHistoryLength() > input.maxHistoryEvents()) {
                draining = true;
            }
        }
    }

    private PipelineResult pause() {
        if (cancelRequested) {
            return finish(PipelineState.CANCELLED, "cancelled", "Cancelled", "cancelled");
        }
        // Bounded history: the position travels in the input; batches in flight have all completed.
        Workflow.continueAsNew(input.withState(state.continued()));
        return null;
    }

    private void recordCancelled() {
        String message = PipelineState.WAITING_CONFIRMATION.equals(state.status())
                ? "Cancelled while waiting for confirmation" : "Cancelled";
        Workflow.newDetachedCancellationScope(() -> finish(PipelineState.CANCELLED, "cancelled", message,
                "cancelled")).run();
    }

    private PipelineResult finish(String status, String phase, String message, String outcome) {
        records.recordPhase(new PhaseUpdate(input.orgId(), input.runId(), status, phase, message, true,
                outcome, state.aiUnavailable()));
        state = state.next(status);
        if (lifecycle) {
            Outcomes.record(outcome);
            Workflow.setCurrentDetails(outcome + ": " + message);
        }
        return new PipelineResult(status, Math.max(0, state.stagedRows()), message);
    }

    private void record(String status, String phase, String message) {
        records.recordPhase(new PhaseUpdate(input.orgId(), input.runId(), status, phase, message, false,
                null, state.aiUnavailable()));
    }

    private void showDetails() {
        Workflow.setCurrentDetails(PipelineDetails.of(input, state, running.size(), batchesRetried));
    }

    @Override
    public void validateConfirmScoring(ConfirmRequest request) {
        ConfirmRefusals.check(input, state, cancelRequested || CancellationScope.current().isCancelRequested());
    }

    @Override
    public ConfirmResult confirmScoring(ConfirmRequest request) {
        state = state.confirmedNow();
        return new ConfirmResult(input.runId(), state.status(), "AI scoring confirmed");
    }

    @Override
    public void confirm() {
        if (!state.confirmed()) {
            state = state.confirmedNow();
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    public PipelineProgress getProgress() {
        String phase = PipelineState.SCORING.equals(state.status()) ? "ai_scoring" : state.status();
        return new PipelineProgress(state.status(), phase, state.stagedRows(), state.nextRow() - 1, running.size(),
                state.confirmed(), state.aiUnavailable(), state.continuedTimes());
    }
}
