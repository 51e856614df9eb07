package dev.keel.workflows.pluto.interviews;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Analyses one stored interview transcript. Id: {@code pluto-analytics-{orgId}-{room}}. */
@WorkflowInterface
public interface InterviewAnalyticsWorkflow {
    String ANALYZING = "analyzing";
    String COMPLETED = "completed";
    String FAILED = "failed";

    /**
     * One LLM activity (llmCall profile: 3 attempts); the analytics are stored by the activity. Fails with the
     * activity's failure (status "failed") when a non-retryable error occurs or the attempts are used up.
     */
    @WorkflowMethod
    AnalyticsOutcome run(TranscriptRef transcript);

    /** analyzing | completed | failed. */
    @QueryMethod
    String getStatus();
}
