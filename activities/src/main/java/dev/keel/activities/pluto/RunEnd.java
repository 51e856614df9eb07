package dev.keel.activities.pluto;

import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Pluto workflow recording its own end: closes the run index row (first close wins) and appends the final
 * "closed" event (status, outcome, error and the caller's counts) so SSE streams end with the outcome.
 */
@Component
public class RunEnd {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunIndex runs;
    private final RunEvents events;

    public RunEnd(RunIndex runs, RunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    /** A JSON object to fill with the final counts. */
    public static ObjectNode counts() {
        return JSON.createObjectNode();
    }

    /** Idempotent: a repeat (activity retry) changes nothing and appends nothing. */
    public void close(String workflowId, RunStatus status, String outcome, String error, ObjectNode counts) {
        runs.close(workflowId, status, outcome, error);
        runs.findByWorkflowId(workflowId).ifPresent(run -> {
            ObjectNode data = JSON.createObjectNode();
            data.put("status", run.status());
            data.put("outcome", run.outcome());
            data.put("error", run.error());
            if (counts != null) {
                data.setAll(counts);
            }
            events.append(run.id(), "closed", data.toString(), "closed");
        });
    }
}
