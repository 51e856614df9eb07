package dev.keel.workflows.autopack.builds;

import io.temporal.failure.ApplicationFailure;

/**
 * Which executor requests a phase accepts. A refusal is an ApplicationFailure whose message is the API's detail:
 * "Invalid ..." for bad input (422), anything else a conflict with the current state (409).
 */
final class PhaseRules {
    private PhaseRules() {
    }

    static void runOpen(String runId, RunState state) {
        if (state.done()) {
            throw conflict("Run " + runId + " is already " + state);
        }
    }

    static void transition(PhaseSlot phase, PhaseState target) {
        PhaseState from = phase.state;
        String id = phase.plan.phaseId();
        if (target == null) {
            throw invalid("Invalid phase state: null");
        }
        if (from == target) {
            return;
        }
        if (from.terminal()) {
            throw conflict("Phase " + id + " is already " + from + " and cannot become " + target);
        }
        if (target == PhaseState.CI_RUNNING && from != PhaseState.GATE) {
            throw conflict("Phase " + id + " can enter CI_RUNNING only from GATE (it is " + from + ")");
        }
        if (target == PhaseState.COMPLETE && "pending".equals(phase.approval)) {
            throw conflict("Phase " + id + " waits for human approval #" + phase.approvalId
                    + " before its gate passes");
        }
    }

    static void notFinal(PhaseSlot phase, String what) {
        if (phase.state.terminal()) {
            throw conflict("Phase " + phase.plan.phaseId() + " is already " + phase.state + ": no " + what
                    + " accepted");
        }
    }

    static ApplicationFailure conflict(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, "CONFLICT");
    }

    static ApplicationFailure invalid(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, "VALIDATION");
    }
}
