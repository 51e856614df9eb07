package dev.keel.workflows.approvals;

import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The live text an operator sees on a waiting approval or governance run in the Temporal UI
 * ({@code Workflow.setCurrentDetails}), and the timeout timer's summary. Pure functions of workflow time.
 */
final class WaitingDetails {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final long sinceMillis;
    private final Duration timeout;
    private final boolean approveOnTimeout;

    WaitingDetails(long sinceMillis, Duration timeout, boolean approveOnTimeout) {
        this.sinceMillis = sinceMillis;
        this.timeout = timeout;
        this.approveOnTimeout = approveOnTimeout;
    }

    static WaitingDetails startingNow(long timeoutSeconds, boolean approveOnTimeout) {
        return new WaitingDetails(Workflow.currentTimeMillis(), Duration.ofSeconds(timeoutSeconds), approveOnTimeout);
    }

    /** "approval timeout 30m -> reject" */
    TimerOptions timerOptions(String what) {
        return TimerOptions.newBuilder().setSummary(what + " timeout " + human(timeout) + " -> "
                + (approveOnTimeout ? "approve" : "reject")).build();
    }

    /** "Waiting for a human since 02:05 UTC, auto-reject at 02:35 UTC; Telegram: sent (message 123)" */
    String waiting(TelegramReceipt receipt) {
        return "Waiting for a human since " + clock(sinceMillis) + " UTC, auto-" + (approveOnTimeout ? "approve" : "reject")
                + " at " + clock(sinceMillis + timeout.toMillis()) + " UTC; " + telegram(receipt);
    }

    static String telegram(TelegramReceipt receipt) {
        if (receipt == null) {
            return "Telegram: sending";
        }
        if (receipt.sent()) {
            return "Telegram: sent (message " + receipt.messageId() + ")";
        }
        if (receipt.notConfigured()) {
            return "Telegram NOT sent: not configured (set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID). "
                    + ApprovalWarnings.UNREACHABLE;
        }
        return "Telegram NOT sent: " + receipt.error();
    }

    static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String clock(long millis) {
        return CLOCK.format(Instant.ofEpochMilli(millis));
    }
}
