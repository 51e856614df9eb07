package dev.keel.workflows.pluto.intake;

import io.temporal.activity.ActivityInterface;

/** Side effects of {@link IntakeWorkflow}; every method is idempotent, keyed by the intake / submission id. */
@ActivityInterface(namePrefix = "PlutoIntake")
public interface IntakeActivities {
    /**
     * Copies the submission's non-null fields onto the candidate (pluto_candidates columns; phone/email into
     * pluto_candidate_contacts). Idempotent: re-applying writes the same values. A submission that does not
     * exist or belongs to another candidate/intake: non-retryable NOT_FOUND (the workflow ignores it).
     */
    void applySubmission(SubmissionRef submission);

    /** Marks the intake completed and the submission applied (conditional updates; a repeat is a no-op). */
    void completeIntake(SubmissionRef submission);

    /** Marks the intake expired if it is still open (a link already submitted or replaced is left alone). */
    void expireIntake(IntakeRef intake);

    /**
     * The intake workflow was cancelled: the candidate's open or submitted link becomes invalid (410), the run
     * index row is closed cancelled with a final event. Idempotent.
     */
    void cancelIntake(IntakeRef intake);
}
