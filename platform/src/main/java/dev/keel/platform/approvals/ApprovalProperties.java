package dev.keel.platform.approvals;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Approval and Telegram settings ({@code keel.approvals.*}; keel-common.yml names the variable of each:
 * AUTO_APPROVE_BUILD113, AUTOPACK_ENV, APPROVAL_TIMEOUT_MINUTES (fractions allowed), APPROVAL_DEFAULT_ON_TIMEOUT,
 * TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID, TELEGRAM_API_BASE, TELEGRAM_WEBHOOK_SECRET,
 * KEEL_APPROVAL_REQUESTS_PER_MINUTE per IP).
 */
@ConfigurationProperties("keel.approvals")
@Validated
public record ApprovalProperties(
        @DefaultValue("true") Boolean autoApproveBuild113,
        @DefaultValue("development") String autopackEnv,
        @DefaultValue("15") @Positive Double timeoutMinutes,
        @DefaultValue("reject") TimeoutDecision defaultOnTimeout,
        String telegramBotToken,
        String telegramChatId,
        @DefaultValue("https://api.telegram.org") String telegramApiBase,
        String telegramWebhookSecret,
        @DefaultValue("10") @Positive Integer requestsPerMinute) {

    /** What an approval that nobody decided in time becomes. */
    public enum TimeoutDecision { REJECT, APPROVE }
}
