package dev.keel.activities.approvals;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the approval settings from the environment on every call (not once at startup), so a changed value
 * applies to the next request. Variables: AUTO_APPROVE_BUILD113 (default true), AUTOPACK_ENV,
 * APPROVAL_TIMEOUT_MINUTES (default 15, fractions allowed), APPROVAL_DEFAULT_ON_TIMEOUT (reject|approve),
 * TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID, TELEGRAM_API_BASE, TELEGRAM_WEBHOOK_SECRET,
 * KEEL_APPROVAL_REQUESTS_PER_MINUTE (default 10 per IP).
 */
@Component
public class ApprovalSettings {
    private final Environment env;

    public ApprovalSettings(Environment env) {
        this.env = env;
    }

    public ApprovalConfig current() {
        double minutes = parseDouble(env.getProperty("APPROVAL_TIMEOUT_MINUTES"), 15);
        return new ApprovalConfig(
                Boolean.parseBoolean(env.getProperty("AUTO_APPROVE_BUILD113", "true").trim()),
                env.getProperty("AUTOPACK_ENV", "development").trim(),
                Duration.ofMillis(Math.max(1000, Math.round(minutes * 60_000))),
                "approve".equalsIgnoreCase(env.getProperty("APPROVAL_DEFAULT_ON_TIMEOUT", "reject").trim()),
                blankToNull(env.getProperty("TELEGRAM_BOT_TOKEN")),
                blankToNull(env.getProperty("TELEGRAM_CHAT_ID")),
                env.getProperty("TELEGRAM_API_BASE", "https://api.telegram.org").trim(),
                blankToNull(env.getProperty("TELEGRAM_WEBHOOK_SECRET")),
                (int) parseDouble(env.getProperty("KEEL_APPROVAL_REQUESTS_PER_MINUTE"), 10));
    }

    private static double parseDouble(String value, double fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
