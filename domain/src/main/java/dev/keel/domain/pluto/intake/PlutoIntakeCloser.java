package dev.keel.domain.pluto.intake;

import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Closes a candidate's intake whose workflow ended without finishing it (terminated, cancelled, failed): the
 * candidate's open or submitted link becomes invalid (410), so a recruiter can issue a new one.
 */
@Component
public class PlutoIntakeCloser implements RunCloser {
    private static final String WORKFLOW_PREFIX = "pluto-intake-";
    private final PlutoIntakeRepository intakes;

    public PlutoIntakeCloser(PlutoIntakeRepository intakes) {
        this.intakes = intakes;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("pluto-intake");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        if (abandonment.status().terminal() && !"completed".equals(abandonment.status().wire())) {
            intakes.invalidateLive(UUID.fromString(run.workflowId().substring(WORKFLOW_PREFIX.length())));
        }
    }
}
