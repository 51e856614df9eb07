package dev.keel.api.runs;


import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.recruiting.JobIntakeInput;
import dev.keel.workflows.recruiting.JobIntakeWorkflow;
import java.nio.charset.StandardCharsets;

/** Workflows a lifecycle test can launch cheaply, and the Temporal CLI an operator would use on them. */
final class RunFixtures {
    private RunFixtures() {
    }

    /** A job intake from a prompt (heuristic extraction, done in a second unless an LLM is configured). */
    static Launch jobIntake(IntakeUploadRepository uploads, long orgId, String workflowId, String prompt) {
        long uploadId = uploads.insert(orgId, "job_prompt", null, "text/plain", prompt.getBytes(StandardCharsets.UTF_8),
                null);
        uploads.saveText(orgId, uploadId, prompt);
        return Launch.of(WorkflowKind.RECRUITING_JOB, orgId, "upload-" + uploadId, workflowId,
                JobIntakeWorkflow.class, new JobIntakeInput(orgId, null, uploadId, false), "Test job intake");
    }
}
