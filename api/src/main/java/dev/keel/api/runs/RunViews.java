package dev.keel.api.runs;

import dev.keel.domain.platform.RunRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns run index rows into {@link RunView}s. */
@Component
public class RunViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TemporalUiLinks links;

    public RunViews(TemporalUiLinks links) {
        this.links = links;
    }

    public RunView of(RunRecord run) {
        return new RunView(run.id(), run.kind(), run.businessKey(), run.workflowId(), run.status(), run.outcome(),
                run.error(), run.progress() == null ? null : JSON.readTree(run.progress()), run.summary(),
                run.createdAt(), run.updatedAt(), run.completedAt(), links.workflow(run.workflowId()));
    }
}
