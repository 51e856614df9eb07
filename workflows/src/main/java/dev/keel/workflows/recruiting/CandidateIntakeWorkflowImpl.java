package dev.keel.workflows.recruiting;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;

public class CandidateIntakeWorkflowImpl implements CandidateIntakeWorkflow {
    private final IntakeActivities intake = Workflow.newActivityStub(IntakeActivities.class, ActivityProfiles.shortIo());
    private final ExtractionActivities llm =
            Workflow.newActivityStub(ExtractionActivities.class, ActivityProfiles.llmCall());
    private final ExtractionActivities heuristic =
            Workflow.newActivityStub(ExtractionActivities.class, ActivityProfiles.shortIo());

    @Override
    public IntakeResult run(CandidateIntakeInput input) {
        UploadRef upload = new UploadRef(input.orgId(), input.uploadId());
        intake.extractText(upload);
        CandidateDraft draft;
        try {
            draft = llm.extractCandidate(upload);
        } catch (ActivityFailure e) {
            // any LLM failure (retries exhausted or non-retryable) degrades to the heuristic extractor
            draft = heuristic.heuristicCandidate(upload);
        }
        String workflowId = Workflow.getInfo().getWorkflowId();
        long id = intake.createCandidate(new CreateCandidateRequest(input.orgId(), input.uploadId(), workflowId, draft));
        return new IntakeResult(id, draft.extractor());
    }
}
