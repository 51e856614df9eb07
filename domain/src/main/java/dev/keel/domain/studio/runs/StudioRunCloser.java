package dev.keel.domain.studio.runs;

import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Closes a benchmark run whose workflow ended without recording it (terminated, timed out, failed, never started):
 * the studio run becomes cancelled or failed, frees the user's one-active slot, and its stream gets the final event.
 */
@Component
public class StudioRunCloser implements RunCloser {
    private final StudioRuns runs;
    private final BenchmarkEvents events;

    public StudioRunCloser(StudioRuns runs, BenchmarkEvents events) {
        this.runs = runs;
        this.events = events;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("studio-benchmark");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        String status = abandonment.status() == RunStatus.CANCELLED ? StudioRun.CANCELLED : StudioRun.FAILED;
        String reason = abandonment.reason() == null ? "The run ended: " + abandonment.outcome() : abandonment.reason();
        runs.findByWorkflowId(run.workflowId()).ifPresent(studio -> {
            if (runs.finish(studio.id(), status, reason)) {
                events.appendFinal(run.id(), studio.id(), status, reason);
            }
        });
    }
}
