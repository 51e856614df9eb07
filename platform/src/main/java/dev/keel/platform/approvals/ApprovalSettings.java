package dev.keel.platform.approvals;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** The approval settings in effect ({@link ApprovalProperties}), as the activities and endpoints use them. */
@Component
public class ApprovalSettings {
    private final ApprovalConfig config;

    public ApprovalSettings(ApprovalProperties properties) {
        this.config = new ApprovalConfig(
                properties.autoApproveBuild113(),
                properties.autopackEnv().trim(),
                Duration.ofMillis(Math.max(1000, Math.round(properties.timeoutMinutes() * 60_000))),
                properties.defaultOnTimeout() == ApprovalProperties.TimeoutDecision.APPROVE,
                blankToNull(properties.telegramBotToken()),
                blankToNull(properties.telegramChatId()),
                properties.telegramApiBase().trim(),
                blankToNull(properties.telegramWebhookSecret()),
                properties.requestsPerMinute());
    }

    public ApprovalConfig current() {
        return config;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
