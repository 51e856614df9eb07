package dev.keel.workflows.pluto.briefs;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Generates a room's pre-interview brief from a stored request. Id: {@code pluto-prebrief-room-{org}-{room}}. */
@WorkflowInterface
public interface RoomPrebriefWorkflow {
    /** One LLM activity (llmCall profile); fails with the activity's failure when its attempts are used up. */
    @WorkflowMethod
    void run(PrebriefRequestRef request);
}
