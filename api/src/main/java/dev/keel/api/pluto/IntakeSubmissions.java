package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.IntakeFields;
import dev.keel.domain.pluto.PlutoIntake;
import dev.keel.domain.pluto.PlutoIntakeRepository;
import dev.keel.workflows.pluto.IntakeSubmission;
import dev.keel.workflows.pluto.IntakeWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowServiceException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Accepts a submission: consumes the link and stores the submission (committed, so the workflow's activity finds
 * it), then signals the IntakeWorkflow. A signal that cannot be delivered is undone: workflow gone -> link
 * expired, 410; Temporal unavailable -> link open again, nothing stored, 503.
 */
@Service
public class IntakeSubmissions {
    private final PlutoIntakeRepository intakes;
    private final IntakeAccess access;
    private final WorkflowClient client;

    public IntakeSubmissions(PlutoIntakeRepository intakes, IntakeAccess access, WorkflowClient client) {
        this.intakes = intakes;
        this.access = access;
        this.client = client;
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
                    .submit(new IntakeSubmission(intake.id().toString(), submissionId.toString()));
        } catch (WorkflowNotFoundException e) {
            intakes.rollBackSubmission(intake.id(), submissionId, PlutoIntake.EXPIRED);
            throw IntakeAccess.gone(IntakeAccess.EXPIRED);
        } catch (WorkflowServiceException e) {
            intakes.rollBackSubmission(intake.id(), submissionId, PlutoIntake.OPEN);
            throw ApiException.unavailable("Temporal is unavailable; try again later");
        }
        return submissionId;
    }
}
