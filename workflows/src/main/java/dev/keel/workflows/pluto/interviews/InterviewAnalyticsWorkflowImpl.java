package dev.keel.workflows.pluto.interviews;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;

public class InterviewAnalyticsWorkflowImpl implements InterviewAnalyticsWorkflow {
    private final InterviewAnalyticsActivities analytics =
            Workflow.newActivityStub(InterviewAnalyticsActivities.class, ActivityProfiles.llmCall());
    private String status = ANALYZING;

    @Override
    public AnalyticsOutcome run(TranscriptRef transcript) {
        try {
            AnalyticsOutcome outcome = analytics.analyze(transcript);
            status = COMPLETED;
            return outcome;
        } catch (ActivityFailure e) {
            status = FAILED;
            throw e;
        }
    }

    @Override
    public String getStatus() {
        return status;
    }
}
