package dev.keel.workflows.pluto.briefs;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Generates and caches a candidate's pre-interview brief. Id: {@code pluto-prebrief-{candidateId}}. */
@WorkflowInterface
public interface CandidatePrebriefWorkflow {
    /** One LLM activity (llmCall profile); fails with the activity's failure when its attempts are used up. */
    @WorkflowMethod
    void run(CandidateRef candidate);
}
