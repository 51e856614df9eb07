package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalProperties;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.activities.approvals.TelegramSendObserver;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Test-only wiring, picked up by component scan in every test context (so the cached context is shared):
 * the approval settings can be changed per test without a new context.
 */
@Configuration
public class ApprovalTestConfig {

    /** What the crash test wants done after a Telegram message id was stored; nothing by default. */
    public static volatile TelegramSendObserver sendHook = (key, messageId) -> { };

    @Bean
    TelegramSendObserver testSendObserver() {
        return (key, messageId) -> sendHook.stored(key, messageId);
    }

    @Bean
    @Primary
    TestApprovalSettings testApprovalSettings(ApprovalProperties properties) {
        return new TestApprovalSettings(properties);
    }

    public static class TestApprovalSettings extends ApprovalSettings {
        private volatile UnaryOperator<ApprovalConfig> override = UnaryOperator.identity();

        TestApprovalSettings(ApprovalProperties properties) {
            super(properties);
        }

        public void set(UnaryOperator<ApprovalConfig> change) {
            override = change;
        }

        public void reset() {
            override = UnaryOperator.identity();
        }

        @Override
        public ApprovalConfig current() {
            return override.apply(super.current());
        }
    }
}
