package dev.keel.workflows.approvals;

/** Result of a send: {@code sent=false} with an error when Telegram is not configured or refused the message. */
public record TelegramReceipt(boolean sent, Long messageId, String error) {
    public static final String NOT_CONFIGURED =
            "Telegram not configured (set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID)";

    public boolean notConfigured() {
        return !sent && NOT_CONFIGURED.equals(error);
    }
}
