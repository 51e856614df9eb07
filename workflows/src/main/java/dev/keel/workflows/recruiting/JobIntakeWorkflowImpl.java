package dev.keel.workflows.recruiting;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;

public class JobIntakeWorkflowImpl implements JobIntakeWorkflow {
    private final IntakeActivities intake = Workflow.newActivityStub(IntakeActivities.class, ActivityProfiles.shortIo());
    private final ExtractionActivities llm =
            Workflow.newActivityStub(ExtractionActivities.class, ActivityProfiles.llmCall());
    private final ExtractionActivities heuristic =
            Workflow.newActivityStub(ExtractionActivities.class, ActivityProfiles.shortIo());

    @Override
    public IntakeResult run(JobIntakeInput input) {
        UploadRef upload = new UploadRef(input.orgId(), input.uploadId());
        if (input.fromFile()) {
            intake.extractText(upload);
        }
        JobDraft draft;
        try {
            draft = llm.extractJob(upload);
        } catch (ActivityFailure e) {
            // any LLM failure (retries exhausted or non-retryable) degrades to the heuristic extractor
            draft = heuristic.heuristicJob(upload);
        }
        String workflowId = Workflow.getInfo().getWorkflowId();
        long jobId = intake.createJob(new CreateJobRequest(input.orgId(), input.userId(), workflowId, draft));
        return new IntakeResult(jobId, draft.extractor());
    }
}
