package dev.keel.api.runs;

import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;

/**
 * Reads why a workflow's update validator refused a request. The SDK (1.38) wraps the validator's failure in one
 * of its own and keeps only the message (the failure type does not reach the client), so the workflows' refusal
 * messages are the API's details, and callers tell refusals apart by the message.
 */
public final class UpdateRefusals {
    private UpdateRefusals() {
    }

    /** The innermost failure message of the refusal, if any. */
    public static Optional<String> message(WorkflowUpdateException e) {
        String found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure f) {
                found = f.getOriginalMessage();
            }
        }
        return Optional.ofNullable(found);
    }
}
