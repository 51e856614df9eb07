package dev.keel.api.recruiting;

import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox.Intent;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchWorkflow;
import dev.keel.workflows.recruiting.ProfileRef;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Starts one {@link ProfileEmbeddingBatchWorkflow} for intents of one org and lists it in the run index. The
 * workflow id is made of the first and last outbox id, so starting the same intents twice is harmless.
 */
@Component
public class EmbeddingBatchStarter {
    static final String RUN_KIND = "recruiting-embedding";

    private final WorkflowClient client;
    private final RunIndex runs;

    public EmbeddingBatchStarter(WorkflowClient client, RunIndex runs) {
        this.client = client;
        this.runs = runs;
    }

    /** Returns once Temporal acknowledged the start (or already had this batch); throws when it could not start. */
    public String start(long orgId, List<Intent> intents) {
        long first = intents.get(0).id();
        long last = intents.get(intents.size() - 1).id();
        String workflowId = WorkflowIds.profileEmbeddingBatch(orgId, first, last);
        String summary = summary(orgId, intents);
        runs.registerRunning(orgId, RUN_KIND, "outbox-" + first + "-" + last, workflowId, summary);
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.MATCHING)
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, RUN_KIND))
                .setStaticSummary(summary)
                .build();
        List<ProfileRef> refs = intents.stream().map(i -> new ProfileRef(i.kind(), i.profileId())).toList();
        try {
            ProfileEmbeddingBatchWorkflow workflow = client.newWorkflowStub(ProfileEmbeddingBatchWorkflow.class, options);
            WorkflowClient.start(workflow::embed, new ProfileEmbeddingBatchInput(orgId, refs));
        } catch (WorkflowExecutionAlreadyStarted e) {
            // This very batch ran before (a dispatcher crashed after the start): nothing left to do.
        }
        return workflowId;
    }

    /** "Embed 37 candidates, 3 jobs of org 5", with deletes counted apart. */
    static String summary(long orgId, List<Intent> intents) {
        long candidates = intents.stream().filter(i -> !i.deleted() && i.kind().equals("candidate")).count();
        long jobs = intents.stream().filter(i -> !i.deleted() && i.kind().equals("job")).count();
        long deleted = intents.stream().filter(Intent::deleted).count();
        StringBuilder text = new StringBuilder("Embed ").append(candidates).append(" candidates, ")
                .append(jobs).append(" jobs");
        if (deleted > 0) {
            text.append(", drop ").append(deleted).append(" deleted");
        }
        return text.append(" of org ").append(orgId).toString();
    }
}
