package dev.keel.activities.pluto.intake;

import dev.keel.activities.pluto.RunEnd;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.domain.pluto.intake.PlutoIntakeSubmission;
import dev.keel.domain.pluto.intake.PlutoIntakeSubmissionRepository;
import dev.keel.temporal.FailureType;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.pluto.intake.IntakeActivities;
import dev.keel.workflows.pluto.intake.IntakeRef;
import dev.keel.workflows.pluto.intake.SubmissionRef;
import io.temporal.failure.ApplicationFailure;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component("plutoIntakeActivities")
public class PlutoIntakeActivitiesImpl implements IntakeActivities {
    private final PlutoIntakeRepository intakes;
    private final PlutoIntakeSubmissionRepository submissions;
    private final RunEnd end;

    public PlutoIntakeActivitiesImpl(PlutoIntakeRepository intakes, PlutoIntakeSubmissionRepository submissions,
                                     RunEnd end) {
        this.intakes = intakes;
        this.submissions = submissions;
        this.end = end;
    }

    @Override
    public void applySubmission(SubmissionRef ref) {
        PlutoIntakeSubmission submission = submissions.find(uuid(ref.submissionId()))
                .filter(s -> s.orgId() == ref.orgId() && s.candidateId().equals(uuid(ref.candidateId()))
                        && s.intakeId().equals(uuid(ref.intakeId())))
                .orElseThrow(() -> notFound("Intake submission " + ref.submissionId() + " not found for candidate "
                        + ref.candidateId()));
        if (!submissions.apply(submission)) {
            throw notFound("Candidate " + ref.candidateId() + " no longer exists");
        }
    }

    @Override
    public void completeIntake(SubmissionRef ref) {
        intakes.complete(uuid(ref.intakeId()), uuid(ref.submissionId()));
        end.close(WorkflowIds.plutoIntake(ref.candidateId()), RunStatus.COMPLETED, "completed", null, null);
    }

    @Override
    public void expireIntake(IntakeRef ref) {
        intakes.expire(uuid(ref.intakeId()));
        end.close(WorkflowIds.plutoIntake(ref.candidateId()), RunStatus.COMPLETED, "expired", null, null);
    }

    @Override
    public void cancelIntake(IntakeRef ref) {
        intakes.invalidateLive(uuid(ref.candidateId()));
        end.close(WorkflowIds.plutoIntake(ref.candidateId()), RunStatus.CANCELLED, "cancelled",
                "Cancelled in Temporal: the intake link is invalid", null);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound("Malformed id " + value);
        }
    }

    private static ApplicationFailure notFound(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, FailureType.NOT_FOUND.type());
    }
}
