package dev.keel.api.approvals;

import io.temporal.client.WorkflowNotFoundException;

/** Delivers a decision signal; a workflow that has already completed ignores it (false), it is not an error. */
final class Signals {
    private Signals() {
    }

    static boolean deliver(Runnable signal) {
        try {
            signal.run();
            return true;
        } catch (WorkflowNotFoundException e) {
            return false;
        }
    }
}
