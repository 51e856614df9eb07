package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.WorkflowFailures;
import dev.keel.domain.platform.RunIndex;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.recruiting.CandidateIntakeInput;
import dev.keel.workflows.recruiting.CandidateIntakeWorkflow;
import dev.keel.workflows.recruiting.IntakeResult;
import dev.keel.workflows.recruiting.JobIntakeInput;
import dev.keel.workflows.recruiting.JobIntakeWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts an intake workflow (registered in the run index) and waits a bounded time for its result; a run that
 * takes longer is a 504 (it keeps running), and a non-retryable failure becomes the matching 4xx.
 */
@Service
public class IntakeRunner {
    static final String JOB_KIND = "recruiting-job";
    static final String CANDIDATE_KIND = "recruiting-candidate";

    private final WorkflowClient client;
    private final RunIndex runs;
    private final Duration wait;

    public IntakeRunner(WorkflowClient client, RunIndex runs,
                        @Value("${keel.recruiting.intake-wait-seconds:60}") long waitSeconds) {
        this.client = client;
        this.runs = runs;
        this.wait = Duration.ofSeconds(waitSeconds);
    }

    public IntakeResult job(long orgId, Long userId, long uploadId, boolean fromFile, String summary) {
        String id = WorkflowIds.recruitingJob(UUID.randomUUID().toString());
        JobIntakeWorkflow workflow = client.newWorkflowStub(JobIntakeWorkflow.class, options(id, orgId, JOB_KIND, summary));
        runs.register(orgId, JOB_KIND, "upload-" + uploadId, id, "running", summary);
        start(id, () -> WorkflowClient.start(workflow::run, new JobIntakeInput(orgId, userId, uploadId, fromFile)));
        return await(id, WorkflowStub.fromTyped(workflow));
    }

    public IntakeResult candidate(long orgId, long uploadId, String summary) {
        String id = WorkflowIds.recruitingCandidate(UUID.randomUUID().toString());
        CandidateIntakeWorkflow workflow =
                client.newWorkflowStub(CandidateIntakeWorkflow.class, options(id, orgId, CANDIDATE_KIND, summary));
        runs.register(orgId, CANDIDATE_KIND, "upload-" + uploadId, id, "running", summary);
        start(id, () -> WorkflowClient.start(workflow::run, new CandidateIntakeInput(orgId, uploadId)));
        return await(id, WorkflowStub.fromTyped(workflow));
    }

    private void start(String workflowId, Runnable start) {
        try {
            start.run();
        } catch (WorkflowServiceException e) {
            runs.updateStatus(workflowId, "failed", true);
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        }
    }

    private static WorkflowOptions options(String id, long orgId, String kind, String summary) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(id)
                .setTaskQueue(TaskQueues.RECRUITING)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, kind))
                .setStaticSummary(summary)
                .setWorkflowExecutionTimeout(Duration.ofMinutes(15))
                .build();
    }

    private IntakeResult await(String id, WorkflowStub stub) {
        try {
            // The create activity records "completed" in the run index itself, also when nobody waits any more.
            return stub.getResult(wait.toSeconds(), TimeUnit.SECONDS, IntakeResult.class);
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT,
                    "Intake did not finish within " + wait.toSeconds() + " s; it keeps running as workflow " + id);
        } catch (WorkflowFailedException e) {
            runs.updateStatus(id, "failed", true);
            throw WorkflowFailures.toApi("Intake", e);
        }
    }
}
