package dev.keel.workflows.pluto.intake;

/** A newly issued intake link for a candidate whose intake is still open: it replaces the previous link. */
public record IntakeLink(String intakeId, long expiresAtEpochMillis) {
}
