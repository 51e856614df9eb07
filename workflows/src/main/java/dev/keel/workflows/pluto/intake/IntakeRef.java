package dev.keel.workflows.pluto.intake;

/** One intake link (pluto_intakes.id) of one candidate. */
public record IntakeRef(long orgId, String candidateId, String intakeId) {
}
