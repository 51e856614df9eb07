package dev.keel.platform.approvals;

import dev.keel.integrations.telegram.TelegramBot;
import java.time.Duration;

/** The approval and Telegram settings in effect for one request or one activity attempt. */
public record ApprovalConfig(boolean autoApprove, String environment, Duration timeout, boolean approveOnTimeout,
                             String botToken, String chatId, String apiBase, String webhookSecret,
                             int requestsPerMinute) {

    public boolean production() {
        return "production".equalsIgnoreCase(environment);
    }

    /** AUTO_APPROVE_BUILD113 applies only outside production. */
    public boolean autoApproveActive() {
        return autoApprove && !production();
    }

    public TelegramBot telegram() {
        return new TelegramBot(apiBase, botToken, chatId);
    }

    public boolean telegramConfigured() {
        return telegram().configured();
    }
}
