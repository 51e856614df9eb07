package dev.keel.workflows.pluto;

import dev.keel.temporal.ActivityProfiles;
import dev.keel.temporal.FailureType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class ScoringPipelineWorkflowImpl implements ScoringPipelineWorkflow {
    /** How long a run waits for confirmation before it completes with AI scoring skipped. */
    static final Duration CONFIRMATION_WAIT = Duration.ofDays(7);

    private final PlutoScoringActivities batches = Workflow.newActivityStub(PlutoScoringActivities.class, batchOptions());
    private final PlutoScoringActivities records =
            Workflow.newLocalActivityStub(PlutoScoringActivities.class, ActivityProfiles.localDbWrite());

    private PipelineInput input;
    private PipelineState state = PipelineState.start();
    private final List<Promise<BatchResult>> running = new ArrayList<>();
    private boolean cancelRequested;
    private boolean draining;

    @Override
    public PipelineResult run(PipelineInput in) {
        input = in;
        state = in.state() == null ? PipelineState.start() : in.state();
        try {
            return proceed();
        } catch (ActivityFailure e) {
            String reason = e.getCause() instanceof ApplicationFailure af ? af.getOriginalMessage() : e.getMessage();
            finish(PipelineState.FAILED, "failed", "Pipeline failed: " + reason);
            return new PipelineResult(PipelineState.FAILED, state.stagedRows(), reason);
        }
    }

    private PipelineResult proceed() {
        if (state.stagedRows() < 0) {
            record(PipelineState.EXTRACTING, "extracting", "Reading the CSV");
            int lastRow = batches.stageRows(new RunRef(input.orgId(), input.runId()));
            state = new PipelineState(PipelineState.EXTRACTING, lastRow, 1, state.confirmed(), null, state.continuedTimes());
            record(PipelineState.EXTRACTING, "extracting", "Extracting candidates");
        }
        if (PipelineState.EXTRACTING.equals(state.status())) {
            if (!runPhase(b -> batches.extractBatch(b))) {
                return pause();
            }
            state = next(input.skipAiScoring() && !state.confirmed() ? PipelineState.WAITING_CONFIRMATION
                    : PipelineState.SCORING);
        }
        if (PipelineState.WAITING_CONFIRMATION.equals(state.status())) {
            record(PipelineState.WAITING_CONFIRMATION, "waiting_confirmation",
                    "Extraction complete; algo ranking ready. Confirm to start AI scoring");
            Workflow.await(CONFIRMATION_WAIT, () -> state.confirmed() || cancelRequested);
            if (cancelRequested) {
                return finish(PipelineState.CANCELLED, "cancelled", "Cancelled while waiting for confirmation");
            }
            state = next(PipelineState.SCORING);
        }
        record(PipelineState.SCORING, "ai_scoring", "Scoring candidates");
        if (!runPhase(b -> batches.scoreBatch(b))) {
            return pause();
        }
        String done = state.aiUnavailable() != null ? "Complete without AI scores: " + state.aiUnavailable()
                : input.skipAiScoring() && !state.confirmed() ? "Complete without AI scores: not confirmed in time"
                : "Scoring complete";
        return finish(PipelineState.COMPLETE, "complete", done);
    }

    /** Runs the current phase's batches; false when it stopped early (cancel, or continue-as-new is due). */
    private boolean runPhase(Function<BatchRef, BatchResult> activity) {
        while (true) {
            while (!cancelRequested && !draining && running.size() < input.batchesInFlight()
                    && state.nextRow() <= state.stagedRows()) {
                long from = state.nextRow();
                long to = Math.min(from + input.batchSize() - 1, state.stagedRows());
                // skip_ai_scoring means no LLM call at all until the user confirms
                boolean useAi = state.aiUnavailable() == null && (!input.skipAiScoring() || state.confirmed());
                BatchRef ref = new BatchRef(input.orgId(), input.runId(), from, to, useAi, state.aiUnavailable());
                running.add(Async.function(activity::apply, ref));
                state = withNextRow((int) to + 1);
            }
            if (running.isEmpty()) {
                return !cancelRequested && !draining;
            }
            Promise.anyOf(running).get();
            for (Promise<BatchResult> p : List.copyOf(running)) {
                if (p.isCompleted()) {
                    running.remove(p);
                    BatchResult result = p.get();
                    if (result.aiUnavailable() != null && state.aiUnavailable() == null) {
                        state = withAiUnavailable(result.aiUnavailable());
                    }
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
            return finish(PipelineState.CANCELLED, "cancelled", "Cancelled");
        }
        // Bounded history: the position travels in the input; batches in flight have all completed.
        PipelineState carried = new PipelineState(state.status(), state.stagedRows(), state.nextRow(), state.confirmed(),
                state.aiUnavailable(), state.continuedTimes() + 1);
        Workflow.continueAsNew(input.withState(carried));
        return null;
    }

    private PipelineResult finish(String status, String phase, String message) {
        records.recordPhase(new PhaseUpdate(input.orgId(), input.runId(), status, phase, message, true));
        state = next(status);
        return new PipelineResult(status, Math.max(0, state.stagedRows()), message);
    }

    private void record(String status, String phase, String message) {
        records.recordPhase(new PhaseUpdate(input.orgId(), input.runId(), status, phase, message, false));
    }

    private PipelineState next(String status) {
        return new PipelineState(status, state.stagedRows(), 1, state.confirmed(), state.aiUnavailable(),
                state.continuedTimes());
    }

    private PipelineState withNextRow(int nextRow) {
        return new PipelineState(state.status(), state.stagedRows(), nextRow, state.confirmed(), state.aiUnavailable(),
                state.continuedTimes());
    }

    private PipelineState withAiUnavailable(String reason) {
        return new PipelineState(state.status(), state.stagedRows(), state.nextRow(), state.confirmed(), reason,
                state.continuedTimes());
    }

    @Override
    public void confirm() {
        if (!state.confirmed()) {
            state = new PipelineState(state.status(), state.stagedRows(), state.nextRow(), true, state.aiUnavailable(),
                    state.continuedTimes());
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    public PipelineProgress getProgress() {
        String phase = switch (state.status()) {
            case PipelineState.SCORING -> "ai_scoring";
            default -> state.status();
        };
        return new PipelineProgress(state.status(), phase, state.stagedRows(), state.nextRow() - 1, running.size(),
                state.confirmed(), state.aiUnavailable(), state.continuedTimes());
    }

    private static ActivityOptions batchOptions() {
        // Long batch activities heartbeat; a dead worker is noticed within the heartbeat timeout and the batch
        // resumes elsewhere, skipping the rows already written.
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofMinutes(30))
                .setHeartbeatTimeout(Duration.ofSeconds(20))
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2.0)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setMaximumAttempts(20)
                        .setDoNotRetry(FailureType.all())
                        .build())
                .build();
    }
}
