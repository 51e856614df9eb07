package dev.keel.workflows.pluto.intake;

/** Everything an intake activity needs to find one submission of one candidate's intake. */
public record SubmissionRef(long orgId, String candidateId, String intakeId, String submissionId) {
}
