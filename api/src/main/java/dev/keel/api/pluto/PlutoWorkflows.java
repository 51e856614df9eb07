package dev.keel.api.pluto;

import dev.keel.platform.runs.RunReconciler;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.api.runs.WorkflowFailures;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.pluto.interviews.AnalyticsOutcome;
import dev.keel.workflows.pluto.briefs.CandidatePrebriefWorkflow;
import dev.keel.workflows.pluto.briefs.CandidateQuestionsWorkflow;
import dev.keel.workflows.pluto.briefs.CandidateRef;
import dev.keel.workflows.pluto.interviews.InterviewAnalyticsWorkflow;
import dev.keel.workflows.pluto.briefs.PrebriefRequestRef;
import dev.keel.workflows.pluto.briefs.RoomPrebriefWorkflow;
import dev.keel.workflows.pluto.interviews.TranscriptRef;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts the short Pluto workflows through the {@link RunLauncher} (listed in /api/runs; their ids are reused by
 * design) and waits a bounded time for them. Candidate questions and pre-briefs join a run already going under the
 * same id (so concurrent first GETs share one generation); a room pre-brief or an analysis already running for the
 * same room is a 409. A run index row left open by a workflow that already ended is reconciled before joining.
 */
@Service
public class PlutoWorkflows {
    private static final Duration EXECUTION_TIMEOUT = Duration.ofMinutes(10);

    private final WorkflowClient client;
    private final RunLauncher launcher;
    private final RunReconciler reconciler;
    private final RunIndex runs;
    private final Duration wait;

    public PlutoWorkflows(WorkflowClient client, RunLauncher launcher, RunReconciler reconciler, RunIndex runs,
                          @Value("${keel.pluto.wait-seconds:120}") long waitSeconds) {
        this.client = client;
        this.launcher = launcher;
        this.reconciler = reconciler;
        this.runs = runs;
        this.wait = Duration.ofSeconds(waitSeconds);
    }

    public void questions(long orgId, UUID candidateId) {
        String id = WorkflowIds.plutoQuestions(candidateId.toString());
        runOrJoin(Launch.of(WorkflowKind.PLUTO_QUESTIONS, orgId, candidateId.toString(), id,
                CandidateQuestionsWorkflow.class, new CandidateRef(orgId, candidateId.toString()),
                "Interview questions for candidate " + candidateId), "Question generation");
    }

    public void candidatePrebrief(long orgId, UUID candidateId) {
        String id = WorkflowIds.plutoPrebrief(candidateId.toString());
        runOrJoin(Launch.of(WorkflowKind.PLUTO_PREBRIEF, orgId, candidateId.toString(), id,
                CandidatePrebriefWorkflow.class, new CandidateRef(orgId, candidateId.toString()),
                "Pre-interview brief for candidate " + candidateId), "Pre-brief generation");
    }

    public void roomPrebrief(long orgId, String room, long requestId) {
        String id = WorkflowIds.plutoRoomPrebrief(orgId, room);
        startOnce(Launch.of(WorkflowKind.PLUTO_PREBRIEF, orgId, room, id, RoomPrebriefWorkflow.class,
                new PrebriefRequestRef(orgId, requestId), "Pre-interview brief for room " + room),
                "A pre-brief for this room");
        await(id, "Pre-brief generation", Void.class);
    }

    public AnalyticsOutcome analytics(long orgId, String room, long transcriptId) {
        String id = WorkflowIds.plutoAnalytics(orgId, room);
        startOnce(Launch.of(WorkflowKind.PLUTO_ANALYTICS, orgId, room, id, InterviewAnalyticsWorkflow.class,
                new TranscriptRef(orgId, room, transcriptId), "Interview analytics for room " + room),
                "An analysis of this room");
        return await(id, "Interview analytics", AnalyticsOutcome.class);
    }

    private void runOrJoin(Launch launch, String what) {
        RunLauncher.Launched launched = launchFresh(launch);
        if (!launched.started()) {
            throw temporalDown();
        }
        // already running: another request started it; wait for that run instead of generating a second answer
        await(launch.workflowId(), what, Void.class);
    }

    private void startOnce(Launch launch, String what) {
        RunLauncher.Launched launched = launchFresh(launch);
        if (launched.alreadyRunning()) {
            throw ApiException.conflict(what + " is already running; try again when it has finished");
        }
        if (!launched.started()) {
            throw temporalDown();
        }
    }

    /** Launches; a run index row still open for a workflow that has ended is closed first (one retry). */
    private RunLauncher.Launched launchFresh(Launch launch) {
        Launch reusable = launch.reusingClosedId().withExecutionTimeout(EXECUTION_TIMEOUT);
        RunLauncher.Launched launched = launcher.launch(reusable);
        if (launched.alreadyRunning() && reconcile(launch.workflowId())) {
            launched = launcher.launch(reusable);
        }
        return launched;
    }

    private boolean reconcile(String workflowId) {
        try {
            return reconciler.reconcile(workflowId);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private <T> T await(String id, String what, Class<T> type) {
        WorkflowStub stub = client.newUntypedWorkflowStub(id);
        try {
            T result = getResult(stub, type);
            runs.close(id, RunStatus.COMPLETED, "complete", null);
            return result;
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, what + " did not finish within " + wait.toSeconds()
                    + " s; it keeps running as workflow " + id);
        } catch (WorkflowFailedException e) {
            reconcile(id);
            throw WorkflowFailures.toApi(what, e);
        }
    }

    /** A joined run may still be on its way from the outbox to Temporal: give it a few seconds to appear. */
    private <T> T getResult(WorkflowStub stub, Class<T> type) throws TimeoutException {
        for (int attempt = 0; ; attempt++) {
            try {
                return stub.getResult(wait.toSeconds(), TimeUnit.SECONDS, type);
            } catch (WorkflowNotFoundException e) {
                if (attempt >= 20) {
                    throw temporalDown();
                }
                sleep(Duration.ofMillis(250));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw temporalDown();
        }
    }

    private static ApiException temporalDown() {
        return ApiException.unavailable("Temporal is unavailable; the run is queued and starts when Temporal is "
                + "back; try again later");
    }
}
