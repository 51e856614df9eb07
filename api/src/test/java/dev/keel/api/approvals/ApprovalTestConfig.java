package dev.keel.api.approvals;

import dev.keel.activities.approvals.ApprovalConfig;
import dev.keel.activities.approvals.ApprovalSettings;
import dev.keel.activities.approvals.TelegramSendObserver;
import dev.keel.api.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only wiring, picked up by component scan in every test context (so the cached context is shared):
 * an "X-Test-Org: 7" header becomes an API-key Caller of org 7 (the org row is created if missing) until the
 * real identity filter lands, and
 * the approval settings can be changed per test without a new context.
 */
@Configuration
public class ApprovalTestConfig {

    @Bean
    OncePerRequestFilter testCallerFilter(JdbcClient jdbc) {
        Set<Long> knownOrgs = ConcurrentHashMap.newKeySet();
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String org = request.getHeader("X-Test-Org");
                if (org != null && org.matches("\\d{1,9}")) {
                    long orgId = Long.parseLong(org);
                    if (knownOrgs.add(orgId)) {
                        jdbc.sql("INSERT INTO organizations (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
                                .params(orgId, "test org " + orgId).update();
                    }
                    request.setAttribute(Caller.ATTRIBUTE, new Caller(orgId, null, "user", false, Caller.Source.API_KEY));
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** What the crash test wants done after a Telegram message id was stored; nothing by default. */
    public static volatile TelegramSendObserver sendHook = (key, messageId) -> { };

    @Bean
    TelegramSendObserver testSendObserver() {
        return (key, messageId) -> sendHook.stored(key, messageId);
    }

    @Bean
    @Primary
    TestApprovalSettings testApprovalSettings(Environment env) {
        return new TestApprovalSettings(env);
    }

    public static class TestApprovalSettings extends ApprovalSettings {
        private volatile UnaryOperator<ApprovalConfig> override = UnaryOperator.identity();

        TestApprovalSettings(Environment env) {
            super(env);
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
