package dev.keel.workflows.approvals;

/** Result of a send: {@code sent=false} with an error when Telegram is not configured. */
public record TelegramReceipt(boolean sent, Long messageId, String error) {
}
