package dev.keel.workflows.approvals;

/**
 * A human decision delivered by signal. {@code method} is "telegram" or "dashboard"; {@code decidedBy}
 * names the user (e.g. "telegram_@alice"); {@code reason} is optional.
 */
public record Decision(boolean approved, String method, String decidedBy, String reason) {
}
