package dev.keel.api.pluto.intake;

import dev.keel.platform.runs.RunReconciler;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.UpdateRefusals;
import dev.keel.domain.pluto.intake.IntakeFields;
import dev.keel.domain.pluto.intake.PlutoIntake;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.workflows.pluto.intake.IntakeSubmission;
import dev.keel.workflows.pluto.intake.IntakeWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowUpdateException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Accepts a submission: consumes the link and stores the submission (committed, so the workflow's activity finds
 * it), then delivers it with the IntakeWorkflow's submitIntake update, whose validator answers for the workflow:
 * already submitted 409, replaced or expired 410. Refused or undeliverable, the acceptance is undone: workflow
 * gone -> the intake is closed (link invalid), 410; Temporal unavailable -> link open again, 503.
 */
@Service
public class IntakeSubmissions {
    private final PlutoIntakeRepository intakes;
    private final IntakeAccess access;
    private final WorkflowClient client;
    private final RunReconciler reconciler;

    public IntakeSubmissions(PlutoIntakeRepository intakes, IntakeAccess access, WorkflowClient client,
                             RunReconciler reconciler) {
        this.intakes = intakes;
        this.access = access;
        this.client = client;
        this.reconciler = reconciler;
    }

    public UUID submit(PlutoIntake intake, IntakeFields fields) {
        UUID submissionId = UUID.randomUUID();
        if (!intakes.acceptSubmission(intake, submissionId, fields)) {
            // Lost a race (another submission, a newer link) or expired just now: answer as validate would.
            access.refuseUnusable(intakes.find(intake.id()).orElse(intake));
            throw IntakeAccess.gone(IntakeAccess.EXPIRED);
        }
        try {
            client.newWorkflowStub(IntakeWorkflow.class, intake.workflowId())
                    .submitIntake(new IntakeSubmission(intake.id().toString(), submissionId.toString()));
        } catch (WorkflowUpdateException e) {
            String detail = UpdateRefusals.message(e).orElse(IntakeAccess.EXPIRED);
            boolean conflict = IntakeAccess.USED.equals(detail);
            intakes.rollBackSubmission(intake.id(), submissionId, PlutoIntake.EXPIRED);
            throw conflict ? ApiException.conflict(detail) : IntakeAccess.gone(detail);
        } catch (WorkflowNotFoundException e) {
            intakes.rollBackSubmission(intake.id(), submissionId, PlutoIntake.EXPIRED);
            reconciler.reconcile(intake.workflowId());
            throw IntakeAccess.gone(IntakeAccess.EXPIRED);
        } catch (WorkflowServiceException e) {
            intakes.rollBackSubmission(intake.id(), submissionId, PlutoIntake.OPEN);
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        }
        return submissionId;
    }
}
