package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.ProfileChanged;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.recruiting.ProfileEmbeddingInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts {@code ProfileEmbeddingWorkflow} after a job or candidate change commits. A change while a run is
 * still going terminates that run and starts a new one, which reads the current row: the last change wins.
 * Deletes go through the same workflow, which writes a tombstone so every replica's index drops the profile.
 */
@Component
public class ProfileEmbeddingTrigger {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileEmbeddingTrigger.class);
    static final String SEARCH_KIND = "recruiting-embedding";

    private final WorkflowClient client;

    public ProfileEmbeddingTrigger(WorkflowClient client) {
        this.client = client;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(ProfileChanged event) {
        String kind = event.kind() == ProfileChanged.Kind.JOB ? "job" : "candidate";
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.profileEmbedding(kind, event.id()))
                .setTaskQueue(TaskQueues.MATCHING)
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setTypedSearchAttributes(KeelSearchAttributes.of(event.orgId(), SEARCH_KIND))
                .setStaticSummary((event.deleted() ? "Drop embedding of " : "Embed ") + kind + " " + event.id()
                        + " (org " + event.orgId() + ")")
                .build();
        try {
            ProfileEmbeddingWorkflow workflow = client.newWorkflowStub(ProfileEmbeddingWorkflow.class, options);
            WorkflowClient.start(workflow::embed, new ProfileEmbeddingInput(event.orgId(), kind, event.id()));
        } catch (RuntimeException e) {
            // The change itself is committed; matching falls back to naive for this profile until it changes again.
            LOG.error("Could not start the embedding workflow for {} {} of org {}", kind, event.id(), event.orgId(), e);
        }
    }
}
