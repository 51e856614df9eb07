package dev.keel.domain.pluto.scoring;

import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Closes a Pluto scoring run whose workflow ended without recording it (terminated, cancelled, timed out, failed):
 * the run becomes cancelled or failed with the reason, which frees the organization's one-unfinished-run slot.
 */
@Component
public class PlutoRunCloser implements RunCloser {
    private final PlutoRunRepository runs;

    public PlutoRunCloser(PlutoRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("pluto-scoring");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        String status = switch (abandonment.status()) {
            case COMPLETED -> "complete";
            case CANCELLED -> "cancelled";
            default -> "failed";
        };
        String reason = abandonment.reason() == null ? "The run ended: " + abandonment.outcome() : abandonment.reason();
        String finalStatus = status;
        runs.findByWorkflowId(run.workflowId()).ifPresent(p ->
                runs.updateProgress(p.id(), finalStatus, finalStatus, reason, true));
    }
}
