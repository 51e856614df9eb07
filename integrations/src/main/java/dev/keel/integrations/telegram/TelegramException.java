package dev.keel.integrations.telegram;

/** A failed Bot API call. The message never contains the bot token. */
public class TelegramException extends RuntimeException {
    /** NOT_CONFIGURED: no bot token; REJECTED: 4xx other than 429 or {@code ok:false}; UNAVAILABLE: 429, 5xx, I/O. */
    public enum Kind { NOT_CONFIGURED, REJECTED, UNAVAILABLE }

    private final Kind kind;

    public TelegramException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind == Kind.UNAVAILABLE;
    }
}
