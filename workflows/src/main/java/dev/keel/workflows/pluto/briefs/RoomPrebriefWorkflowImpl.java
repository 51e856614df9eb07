package dev.keel.workflows.pluto.briefs;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.workflow.Workflow;

public class RoomPrebriefWorkflowImpl implements RoomPrebriefWorkflow {
    private final BriefActivities briefs = Workflow.newActivityStub(BriefActivities.class, ActivityProfiles.llmCall());

    @Override
    public void run(PrebriefRequestRef request) {
        briefs.generateRoomPrebrief(request);
    }
}
