package dev.keel.workflows.pluto.briefs;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.workflow.Workflow;

public class CandidatePrebriefWorkflowImpl implements CandidatePrebriefWorkflow {
    private final BriefActivities briefs = Workflow.newActivityStub(BriefActivities.class, ActivityProfiles.llmCall());

    @Override
    public void run(CandidateRef candidate) {
        briefs.generateCandidatePrebrief(candidate);
    }
}
