package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.WorkflowFailures;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.pluto.AnalyticsOutcome;
import dev.keel.workflows.pluto.CandidatePrebriefWorkflow;
import dev.keel.workflows.pluto.CandidateQuestionsWorkflow;
import dev.keel.workflows.pluto.CandidateRef;
import dev.keel.workflows.pluto.InterviewAnalyticsWorkflow;
import dev.keel.workflows.pluto.PrebriefRequestRef;
import dev.keel.workflows.pluto.RoomPrebriefWorkflow;
import dev.keel.workflows.pluto.TranscriptRef;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
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
 * Starts the short Pluto workflows and waits a bounded time for them. Candidate questions and pre-briefs join a
 * run already going under the same id (so concurrent first GETs share one generation); a room pre-brief or an
 * analysis already running for the same room is a 409.
 */
@Service
public class PlutoWorkflows {
    private final WorkflowClient client;
    private final Duration wait;

    public PlutoWorkflows(WorkflowClient client, @Value("${keel.pluto.wait-seconds:120}") long waitSeconds) {
        this.client = client;
        this.wait = Duration.ofSeconds(waitSeconds);
    }

    public void questions(long orgId, UUID candidateId) {
        String id = WorkflowIds.plutoQuestions(candidateId.toString());
        CandidateQuestionsWorkflow wf = client.newWorkflowStub(CandidateQuestionsWorkflow.class,
                options(id, orgId, "pluto-questions", "Interview questions for candidate " + candidateId));
        runOrJoin(id, "Question generation", () -> WorkflowClient.start(wf::run, new CandidateRef(orgId,
                candidateId.toString())));
    }

    public void candidatePrebrief(long orgId, UUID candidateId) {
        String id = WorkflowIds.plutoPrebrief(candidateId.toString());
        CandidatePrebriefWorkflow wf = client.newWorkflowStub(CandidatePrebriefWorkflow.class,
                options(id, orgId, "pluto-prebrief", "Pre-interview brief for candidate " + candidateId));
        runOrJoin(id, "Pre-brief generation", () -> WorkflowClient.start(wf::run, new CandidateRef(orgId,
                candidateId.toString())));
    }

    public void roomPrebrief(long orgId, String room, long requestId) {
        String id = WorkflowIds.plutoRoomPrebrief(orgId, room);
        RoomPrebriefWorkflow wf = client.newWorkflowStub(RoomPrebriefWorkflow.class,
                options(id, orgId, "pluto-prebrief", "Pre-interview brief for room " + room));
        startOnce(id, "A pre-brief for this room", () -> WorkflowClient.start(wf::run,
                new PrebriefRequestRef(orgId, requestId)));
        await(id, "Pre-brief generation", Void.class);
    }

    public AnalyticsOutcome analytics(long orgId, String room, long transcriptId) {
        String id = WorkflowIds.plutoAnalytics(orgId, room);
        InterviewAnalyticsWorkflow wf = client.newWorkflowStub(InterviewAnalyticsWorkflow.class,
                options(id, orgId, "pluto-analytics", "Interview analytics for room " + room));
        startOnce(id, "An analysis of this room", () -> WorkflowClient.start(wf::run,
                new TranscriptRef(orgId, room, transcriptId)));
        return await(id, "Interview analytics", AnalyticsOutcome.class);
    }

    private void runOrJoin(String id, String what, Runnable start) {
        try {
            start.run();
        } catch (WorkflowExecutionAlreadyStarted e) {
            // another request started it: wait for that run instead of generating a second answer
        } catch (WorkflowServiceException e) {
            throw temporalDown();
        }
        await(id, what, Void.class);
    }

    private void startOnce(String id, String what, Runnable start) {
        try {
            start.run();
        } catch (WorkflowExecutionAlreadyStarted e) {
            throw ApiException.conflict(what + " is already running; try again when it has finished");
        } catch (WorkflowServiceException e) {
            throw temporalDown();
        }
    }

    private <T> T await(String id, String what, Class<T> type) {
        WorkflowStub stub = client.newUntypedWorkflowStub(id);
        try {
            return stub.getResult(wait.toSeconds(), TimeUnit.SECONDS, type);
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, what + " did not finish within " + wait.toSeconds()
                    + " s; it keeps running as workflow " + id);
        } catch (WorkflowFailedException e) {
            throw WorkflowFailures.toApi(what, e);
        }
    }

    private static WorkflowOptions options(String id, long orgId, String kind, String summary) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(id)
                .setTaskQueue(TaskQueues.PLUTO)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, kind))
                .setStaticSummary(summary)
                .setWorkflowExecutionTimeout(Duration.ofMinutes(10))
                .build();
    }

    private static ApiException temporalDown() {
        return ApiException.unavailable("Temporal is unavailable; try again later");
    }
}
