package dev.keel.workflows.pluto.intake;

/** A stored submission (pluto_intake_submissions.id) made with the link {@code intakeId}. */
public record IntakeSubmission(String intakeId, String submissionId) {
}
