package dev.keel.workflows.pluto.scoring;

import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;

/** Why confirmScoring is refused for a run; the message is the API's 409 detail. */
final class ConfirmRefusals {
    private ConfirmRefusals() {
    }

    /** Throws a CONFLICT ApplicationFailure unless the run may be confirmed now. */
    static void check(PipelineInput input, PipelineState state, boolean cancelling) {
        String run = "Run " + input.runId();
        String refusal = !input.skipAiScoring() ? run + " was not uploaded with skip_ai_scoring; nothing to confirm"
                : state.confirmed() ? "AI scoring of " + run.toLowerCase(java.util.Locale.ROOT) + " is already confirmed"
                : cancelling ? run + " is being cancelled"
                : !PipelineState.WAITING_CONFIRMATION.equals(state.status())
                        && !PipelineState.EXTRACTING.equals(state.status())
                        ? run + " is " + state.status() + "; only a run waiting for confirmation can be confirmed"
                : null;
        if (refusal != null) {
            throw ApplicationFailure.newNonRetryableFailure(refusal, FailureType.CONFLICT.type());
        }
    }
}
