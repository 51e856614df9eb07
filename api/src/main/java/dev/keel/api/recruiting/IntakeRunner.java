package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.api.runs.WorkflowFailures;
import dev.keel.domain.platform.RunClosing;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.recruiting.CandidateIntakeInput;
import dev.keel.workflows.recruiting.CandidateIntakeWorkflow;
import dev.keel.workflows.recruiting.IntakeResult;
import dev.keel.workflows.recruiting.JobIntakeInput;
import dev.keel.workflows.recruiting.JobIntakeWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts an intake workflow through the {@link RunLauncher} (run index row and start atomic, execution timeout
 * {@code keel.recruiting.intake-timeout}) and waits a bounded time for its result; a run that takes longer is a
 * 504 (it keeps running, and the reconciler closes it if it times out), a failure is mapped by
 * {@link WorkflowFailures} and closes the run.
 */
@Service
public class IntakeRunner {
    private final WorkflowClient client;
    private final RunLauncher launcher;
    private final RunIndex runs;
    private final RunClosing closing;
    private final Duration wait;
    private final Duration executionTimeout;

    public IntakeRunner(WorkflowClient client, RunLauncher launcher, RunIndex runs, RunClosing closing,
                        @Value("${keel.recruiting.intake-wait-seconds:60}") long waitSeconds,
                        @Value("${keel.recruiting.intake-timeout:PT15M}") Duration executionTimeout) {
        this.client = client;
        this.launcher = launcher;
        this.runs = runs;
        this.closing = closing;
        this.wait = Duration.ofSeconds(waitSeconds);
        this.executionTimeout = executionTimeout;
    }

    /** Runs a job intake of an upload; the result names the job it created. */
    public IntakeResult job(long orgId, Long userId, long uploadId, boolean fromFile, String summary) {
        String id = WorkflowIds.recruitingJob(UUID.randomUUID().toString());
        return run(Launch.of(WorkflowKind.RECRUITING_JOB, orgId, "upload-" + uploadId, id, JobIntakeWorkflow.class,
                new JobIntakeInput(orgId, userId, uploadId, fromFile), summary));
    }

    /** Runs a candidate intake of an upload; the result names the candidate it created. */
    public IntakeResult candidate(long orgId, long uploadId, String summary) {
        String id = WorkflowIds.recruitingCandidate(UUID.randomUUID().toString());
        return run(Launch.of(WorkflowKind.RECRUITING_CANDIDATE, orgId, "upload-" + uploadId, id,
                CandidateIntakeWorkflow.class, new CandidateIntakeInput(orgId, uploadId), summary));
    }

    private IntakeResult run(Launch launch) {
        RunLauncher.Launched launched = launcher.launch(launch.withExecutionTimeout(executionTimeout));
        if (!launched.started()) {
            if (launcher.withdraw(launched.workflowId(), "Temporal is unavailable: " + launched.error())) {
                throw ApiException.unavailable("Temporal is unavailable; try again later");
            }
            throw new ApiException(HttpStatus.BAD_GATEWAY, "Intake could not be started: " + launched.error());
        }
        return await(launched.workflowId());
    }

    private IntakeResult await(String id) {
        try {
            // The create activity records "completed" in the run index itself, also when nobody waits any more.
            return client.newUntypedWorkflowStub(id).getResult(wait.toSeconds(), TimeUnit.SECONDS, IntakeResult.class);
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT,
                    "Intake did not finish within " + wait.toSeconds() + " s; it keeps running as workflow " + id);
        } catch (WorkflowFailedException e) {
            runs.findByWorkflowId(id).ifPresent((RunRecord run) -> closing.close(run, WorkflowFailures.abandonment(e)));
            throw WorkflowFailures.toApi("Intake", e);
        }
    }
}
