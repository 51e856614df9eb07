package dev.keel.workflows.approvals;

/** Operator warnings shared by {@code /health} and the approval workflows' current details. */
public final class ApprovalWarnings {
    /** Auto-approve off (or production) and no Telegram: nobody is ever asked, every approval times out. */
    public static final String UNREACHABLE = "Approvals cannot reach a human: auto-approve is off and Telegram is"
            + " not configured (set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID); every approval waits for its timeout";

    private ApprovalWarnings() {
    }
}
