package dev.keel.workflows.autopack.builds;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.workflow.Workflow;

/** Activity stubs of {@link BuildRunWorkflow}: its database writes are local activities. */
final class BuildStubs {
    private BuildStubs() {
    }

    static BuildRunStore store() {
        return Workflow.newLocalActivityStub(BuildRunStore.class, ActivityProfiles.localDbWrite());
    }
}
