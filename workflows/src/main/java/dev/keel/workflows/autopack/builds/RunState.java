package dev.keel.workflows.autopack.builds;

/** The seed's run states; the workflow sets PHASE_EXECUTION while phases run and one DONE_* state at the end. */
public enum RunState {
    QUEUED, PLAN_BOOTSTRAP, RUN_CREATED, PHASE_QUEUEING, PHASE_EXECUTION, GATE, CI_RUNNING, SNAPSHOT_CREATED,
    DONE_SUCCESS, DONE_FAILED_BUDGET_EXHAUSTED, DONE_FAILED_POLICY_VIOLATION, DONE_FAILED_REQUIRES_HUMAN_REVIEW,
    DONE_FAILED_ENVIRONMENT;

    public boolean done() {
        return name().startsWith("DONE_");
    }
}
