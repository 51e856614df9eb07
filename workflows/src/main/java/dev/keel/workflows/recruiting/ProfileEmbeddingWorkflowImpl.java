package dev.keel.workflows.recruiting;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ProfileEmbeddingWorkflowImpl implements ProfileEmbeddingWorkflow {
    private final EmbeddingActivities activities = Workflow.newActivityStub(EmbeddingActivities.class,
            ActivityOptions.newBuilder(ActivityProfiles.shortIo())
                    // The first call in a process loads the model (a few seconds).
                    .setStartToCloseTimeout(Duration.ofMinutes(2))
                    .build());

    @Override
    public ProfileEmbeddingResult embed(ProfileEmbeddingInput input) {
        return activities.embedProfile(input);
    }
}
