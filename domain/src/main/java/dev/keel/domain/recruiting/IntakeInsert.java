package dev.keel.domain.recruiting;

/** The row an intake workflow created, and whether this call created it (false on a retry). */
public record IntakeInsert(long id, boolean created) {
}
