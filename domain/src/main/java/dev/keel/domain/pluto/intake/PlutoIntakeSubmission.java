package dev.keel.domain.pluto.intake;

import java.util.UUID;

/** A row of pluto_intake_submissions: what the candidate sent with one intake link. */
public record PlutoIntakeSubmission(UUID id, UUID intakeId, long orgId, UUID candidateId, IntakeFields fields) {
}
