package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import dev.keel.domain.pluto.PlutoIntake;
import dev.keel.domain.pluto.PlutoIntakeRepository;
import dev.keel.domain.pluto.PlutoIntakeRepository.IntakeBusyException;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.pluto.IntakeInput;
import dev.keel.workflows.pluto.IntakeLink;
import dev.keel.workflows.pluto.IntakeWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues intake links: stores the link (revoking the candidate's open one) and, in the same transaction,
 * signal-with-starts the candidate's IntakeWorkflow, so a running intake takes the new deadline and a finished
 * one is started afresh. A failed Temporal call rolls the link back (503).
 */
@Service
public class IntakeLinks {
    static final String KIND = "pluto-intake";

    /** The answer of POST /api/pluto/candidates/{id}/intake-link. */
    public record IntakeLinkOut(String intakeUrl, Instant expiresAt) {
    }

    private final PlutoCandidateRepository candidates;
    private final PlutoIntakeRepository intakes;
    private final IntakeTokens tokens;
    private final IntakeSettings settings;
    private final WorkflowClient client;
    private final Clock clock;

    public IntakeLinks(PlutoCandidateRepository candidates, PlutoIntakeRepository intakes, IntakeTokens tokens,
                       IntakeSettings settings, WorkflowClient client, Clock clock) {
        this.candidates = candidates;
        this.intakes = intakes;
        this.tokens = tokens;
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    @Transactional
    public IntakeLinkOut issue(Caller caller, String candidateIdText) {
        UUID candidateId = Ids.candidate(candidateIdText);
        StoredPlutoCandidate candidate = candidates.find(caller.orgId(), candidateId)
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
        // JWT expiry has second precision: the stored expiry is the token's.
        Instant expiresAt = clock.instant().plus(settings.ttl()).truncatedTo(ChronoUnit.SECONDS);
        UUID intakeId = UUID.randomUUID();
        String workflowId = WorkflowIds.plutoIntake(candidateId.toString());
        try {
            intakes.replaceOpen(new PlutoIntake(intakeId, caller.orgId(), candidateId, workflowId, PlutoIntake.OPEN,
                    expiresAt), caller.userId());
        } catch (IntakeBusyException e) {
            throw ApiException.conflict(e.getMessage());
        }
        startOrExtend(caller.orgId(), candidate, workflowId, intakeId, expiresAt);
        String token = tokens.issue(caller.orgId(), candidateId, intakeId, expiresAt);
        return new IntakeLinkOut(settings.publicAppUrl() + "/intake/" + candidateId + "?token=" + token, expiresAt);
    }

    private void startOrExtend(long orgId, StoredPlutoCandidate candidate, String workflowId, UUID intakeId,
                               Instant expiresAt) {
        IntakeWorkflow workflow = client.newWorkflowStub(IntakeWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.PLUTO)
                .setTypedSearchAttributes(KeelSearchAttributes.of(orgId, KIND))
                .setStaticSummary(summary(candidate))
                .build());
        var request = client.newSignalWithStartRequest();
        long expiry = expiresAt.toEpochMilli();
        request.add(workflow::run, new IntakeInput(orgId, candidate.id().toString(), intakeId.toString(), expiry));
        request.add(workflow::extend, new IntakeLink(intakeId.toString(), expiry));
        try {
            client.signalWithStart(request);
        } catch (WorkflowServiceException e) {
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        } catch (WorkflowException e) {
            throw ApiException.unavailable("Could not start the intake workflow; try again later");
        }
    }

    static String summary(StoredPlutoCandidate candidate) {
        String name = candidate.name().length() > 80 ? candidate.name().substring(0, 80) + "..." : candidate.name();
        return "Pluto intake of candidate " + name + " (" + candidate.id() + ")";
    }
}
