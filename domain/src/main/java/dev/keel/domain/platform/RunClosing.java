package dev.keel.domain.platform;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Closes an abandoned run everywhere at once: the product's state (through its {@link RunCloser}), the run
 * index row, and a final "closed" event, so SSE streams end with the outcome. First close wins.
 */
@Service
public class RunClosing {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunIndex runs;
    private final RunEvents events;
    private final List<RunCloser> closers;

    public RunClosing(RunIndex runs, RunEvents events, List<RunCloser> closers) {
        this.runs = runs;
        this.events = events;
        this.closers = closers;
    }

    /** Returns false when the run was already closed (nothing changed). */
    @Transactional
    public boolean close(RunRecord run, RunCloser.Abandonment abandonment) {
        if (!runs.close(run.workflowId(), abandonment.status(), abandonment.outcome(), abandonment.reason())) {
            return false;
        }
        for (RunCloser closer : closers) {
            if (closer.kinds().contains(run.kind())) {
                closer.closeAbandoned(run, abandonment);
            }
        }
        events.append(run.id(), "closed", finalEvent(abandonment), "closed");
        return true;
    }

    public static String finalEvent(RunCloser.Abandonment abandonment) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", abandonment.status().wire());
        node.put("outcome", abandonment.outcome());
        node.put("error", abandonment.reason());
        return node.toString();
    }
}
