package dev.keel.workflows.recruiting;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Turns a prompt or an uploaded job req into a job. Id: {@code recruiting-job-{uuid}}. */
@WorkflowInterface
public interface JobIntakeWorkflow {
    /** Text extraction (files only), LLM extraction with heuristic fallback, idempotent create. */
    @WorkflowMethod
    IntakeResult run(JobIntakeInput input);
}
