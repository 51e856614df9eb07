package dev.keel.workflows.pluto.intake;

/** The submitIntake update's answer: the submission accepted by the workflow (status submitted). */
public record IntakeSubmitted(String status, String intakeId, String submissionId) {
}
