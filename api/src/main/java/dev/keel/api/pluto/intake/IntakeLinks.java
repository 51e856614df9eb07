package dev.keel.api.pluto.intake;

import dev.keel.api.pluto.Ids;
import dev.keel.platform.runs.RunReconciler;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.intake.PlutoIntake;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository.IntakeBusyException;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.pluto.intake.IntakeInput;
import dev.keel.workflows.pluto.intake.IntakeLink;
import dev.keel.workflows.pluto.intake.IntakeWorkflow;
import io.swagger.v3.oas.annotations.media.Schema;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowServiceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues intake links: stores the link (revoking the candidate's open one) and, in the same transaction, either
 * enqueues a new IntakeWorkflow through the launcher (no intake open: started after the commit, or by the outbox
 * dispatcher once Temporal is back) or signals the open one to take the new deadline (a failed signal rolls the
 * link back: 503). An intake whose workflow an operator ended is closed first, so the candidate is never stuck.
 */
@Service
public class IntakeLinks {
    /** The answer of POST /api/pluto/candidates/{id}/intake-link. */
    public record IntakeLinkResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String intakeUrl,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant expiresAt) {
    }

    private final PlutoCandidateRepository candidates;
    private final PlutoIntakeRepository intakes;
    private final IntakeTokens tokens;
    private final IntakeSettings settings;
    private final WorkflowClient client;
    private final RunLauncher launcher;
    private final RunReconciler reconciler;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public IntakeLinks(PlutoCandidateRepository candidates, PlutoIntakeRepository intakes, IntakeTokens tokens,
                       IntakeSettings settings, WorkflowClient client, RunLauncher launcher, RunReconciler reconciler,
                       TransactionTemplate transactions, Clock clock) {
        this.candidates = candidates;
        this.intakes = intakes;
        this.tokens = tokens;
        this.settings = settings;
        this.client = client;
        this.launcher = launcher;
        this.reconciler = reconciler;
        this.transactions = transactions;
        this.clock = clock;
    }

    public IntakeLinkResponse issue(Caller caller, String candidateIdText) {
        UUID candidateId = Ids.candidate(candidateIdText);
        StoredPlutoCandidate candidate = candidates.find(caller.orgId(), candidateId)
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
        String workflowId = WorkflowIds.plutoIntake(candidateId.toString());
        try {
            return issue(caller, candidate, workflowId);
        } catch (WorkflowNotFoundException e) {
            // the intake's workflow ended without recording it (terminated): close it, then issue afresh
            reconciler.reconcile(workflowId);
            return issue(caller, candidate, workflowId);
        }
    }

    private IntakeLinkResponse issue(Caller caller, StoredPlutoCandidate candidate, String workflowId) {
        // JWT expiry has second precision: the stored expiry is the token's.
        Instant expiresAt = clock.instant().plus(settings.ttl()).truncatedTo(ChronoUnit.SECONDS);
        UUID intakeId = UUID.randomUUID();
        long expiry = expiresAt.toEpochMilli();
        Launch launch = Launch.of(WorkflowKind.PLUTO_INTAKE, caller.orgId(), candidate.id().toString(), workflowId,
                        IntakeWorkflow.class, new IntakeInput(caller.orgId(), candidate.id().toString(),
                                intakeId.toString(), expiry), summary(candidate))
                .withDetails("**Candidate:** " + candidate.name() + " (" + candidate.id() + ")\n\n**Link expires:** "
                        + expiresAt)
                .startedAs(RunStatus.WAITING)
                .reusingClosedId();
        boolean enqueued = Boolean.TRUE.equals(transactions.execute(tx -> {
            try {
                intakes.replaceOpen(new PlutoIntake(intakeId, caller.orgId(), candidate.id(), workflowId,
                        PlutoIntake.OPEN, expiresAt), caller.userId());
            } catch (IntakeBusyException e) {
                throw ApiException.conflict(e.getMessage());
            }
            if (launcher.enqueue(launch).isPresent()) {
                return true;
            }
            extend(workflowId, new IntakeLink(intakeId.toString(), expiry));
            return false;
        }));
        if (enqueued && launcher.dispatchNow(workflowId).map(RunLauncher.Launched::started).orElse(false)) {
            // an intake started before the run index knew it (older deployments) is running under this id
            // and must take the new link as well; for the fresh workflow this repeats its own input
            try {
                extend(workflowId, new IntakeLink(intakeId.toString(), expiry));
            } catch (RuntimeException e) {
                // best effort: the fresh workflow already has this link as its input
            }
        }
        String token = tokens.issue(caller.orgId(), candidate.id(), intakeId, expiresAt);
        return new IntakeLinkResponse(settings.publicAppUrl() + "/intake/" + candidate.id() + "?token=" + token,
                expiresAt);
    }

    private void extend(String workflowId, IntakeLink link) {
        try {
            client.newWorkflowStub(IntakeWorkflow.class, workflowId).extend(link);
        } catch (WorkflowNotFoundException e) {
            throw e;
        } catch (WorkflowServiceException e) {
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        }
    }

    static String summary(StoredPlutoCandidate candidate) {
        String name = candidate.name().length() > 80 ? candidate.name().substring(0, 80) + "..." : candidate.name();
        return "Pluto intake of candidate " + name + " (" + candidate.id() + ")";
    }
}
