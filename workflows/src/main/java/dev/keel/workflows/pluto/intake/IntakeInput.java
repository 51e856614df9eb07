package dev.keel.workflows.pluto.intake;

/**
 * Start argument of {@link IntakeWorkflow}: the candidate, the intake link (pluto_intakes.id, the token's jti)
 * and the link's expiry in epoch milliseconds (the workflow's deadline).
 */
public record IntakeInput(long orgId, String candidateId, String intakeId, long expiresAtEpochMillis) {
}
