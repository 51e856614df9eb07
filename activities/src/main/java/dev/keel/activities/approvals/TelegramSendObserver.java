package dev.keel.activities.approvals;

/**
 * Called after a Telegram message id has been stored, before the send activity completes. Production has
 * none; the crash test uses one to hold the activity in exactly that window.
 */
public interface TelegramSendObserver {
    void stored(String key, long messageId);
}
