package dev.keel.workflows.pluto.intake;

/**
 * How an intake ended: status completed (submissionId applied; rescored false when re-scoring failed for good)
 * or expired (no submission before the deadline; submissionId null).
 */
public record IntakeResult(String status, String intakeId, String submissionId, boolean rescored) {
}
