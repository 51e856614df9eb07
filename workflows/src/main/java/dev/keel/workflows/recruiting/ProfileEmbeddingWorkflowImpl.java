package dev.keel.workflows.recruiting;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ProfileEmbeddingWorkflowImpl implements ProfileEmbeddingWorkflow {
    private final EmbeddingActivities activities = Workflow.newActivityStub(EmbeddingActivities.class,
            ActivityOptions.newBuilder(ActivityProfiles.shortIo())
                    // The first call in a process loads the model (a few seconds).
                    .setStartToCloseTimeout(Duration.ofMinutes(2))
                    // Capped: a model call can fail for a reason no retry fixes; the profile then matches by
                    // keywords until its next change re-embeds it.
                    .setRetryOptions(RetryOptions.newBuilder(ActivityProfiles.shortIo().getRetryOptions())
                            .setMaximumAttempts(8)
                            .build())
                    .build());

    @Override
    public ProfileEmbeddingResult embed(ProfileEmbeddingInput input) {
        return activities.embedProfile(input);
    }
}
