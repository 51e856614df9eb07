package dev.keel.workflows.autopack.builds;

/** The seed's phase states. COMPLETE, FAILED and SKIPPED are final. */
public enum PhaseState {
    QUEUED, EXECUTING, GATE, CI_RUNNING, COMPLETE, FAILED, SKIPPED;

    public boolean terminal() {
        return this == COMPLETE || this == FAILED || this == SKIPPED;
    }

    /** Counts as done for progress (the seed: COMPLETE or SKIPPED). */
    public boolean done() {
        return this == COMPLETE || this == SKIPPED;
    }
}
