package dev.keel.workflows.recruiting;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Turns an uploaded resume into a candidate. Id: {@code recruiting-candidate-{uuid}}. */
@WorkflowInterface
public interface CandidateIntakeWorkflow {
    /** Text extraction, LLM extraction with heuristic fallback, idempotent create. */
    @WorkflowMethod
    IntakeResult run(CandidateIntakeInput input);
}
