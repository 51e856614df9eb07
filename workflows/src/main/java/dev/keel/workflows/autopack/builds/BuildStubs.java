package dev.keel.workflows.autopack.builds;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;

/** Activity stubs of {@link BuildRunWorkflow}: its database writes are local activities. */
final class BuildStubs {
    private BuildStubs() {
    }

    /** git apply in the repository: a few attempts for I/O trouble; refusals are not retried. */
    static PatchApplier patches() {
        ActivityOptions io = ActivityProfiles.shortIo();
        return Workflow.newActivityStub(PatchApplier.class, io.toBuilder()
                .setStartToCloseTimeout(java.time.Duration.ofMinutes(2))
                .setRetryOptions(RetryOptions.newBuilder(io.getRetryOptions()).setMaximumAttempts(3).build())
                .setSummary("git apply").build());
    }

    static BuildRunStore store() {
        return Workflow.newLocalActivityStub(BuildRunStore.class, ActivityProfiles.localDbWrite());
    }
}
