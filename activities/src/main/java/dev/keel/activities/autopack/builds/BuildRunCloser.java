package dev.keel.activities.autopack.builds;

import dev.keel.domain.autopack.builds.BuildRunWrites;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import dev.keel.temporal.WorkflowKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Closes a build run whose workflow ended without recording it (terminated, timed out, failed, never started):
 * a run not yet DONE_* becomes DONE_FAILED_ENVIRONMENT with the reason, so GET /runs/{id} shows it ended.
 */
@Component
public class BuildRunCloser implements RunCloser {
    private final BuildRunWrites writes;

    public BuildRunCloser(BuildRunWrites writes) {
        this.writes = writes;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(WorkflowKind.AUTOPACK_BUILD_RUN.kind());
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        writes.abandon(run.workflowId(), abandonment.outcome() + ": " + abandonment.reason());
    }
}
