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
        RunRecord closed = runs.findByWorkflowId(run.workflowId()).orElse(run);
        events.append(run.id(), RunEvents.CLOSED, finalEvent(closed), RunEvents.CLOSED);
        return true;
    }

    /**
     * The data of a closed run's final event: status, outcome and error from the run index, and the last
     * progress snapshot (the counts the run reported), or null when it reported none.
     */
    public static String finalEvent(RunRecord closed) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", closed.status());
        node.put("outcome", closed.outcome());
        node.put("error", closed.error());
        if (closed.progress() == null) {
            node.putNull("progress");
        } else {
            node.set("progress", JSON.readTree(closed.progress()));
        }
        return node.toString();
    }
}
