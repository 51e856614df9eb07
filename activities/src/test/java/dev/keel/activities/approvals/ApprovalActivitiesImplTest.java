package dev.keel.activities.approvals;

import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.platform.approvals.ApprovalProperties;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.settings.KeelEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.workflows.approvals.ApprovalRef;
import dev.keel.workflows.approvals.TelegramReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ApprovalActivitiesImplTest {
    private FakeTelegramServer telegram;
    private final InMemoryApprovals approvals = new InMemoryApprovals();
    private ApprovalActivitiesImpl activities;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeTelegramServer();
        ApprovalProperties properties = KeelEnvironment.bind("keel.approvals", ApprovalProperties.class, Map.of(
                "TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_CHAT_ID", "4242", "TELEGRAM_API_BASE", telegram.base()));
        activities = new ApprovalActivitiesImpl(approvals, new NoRuns(), new NoEvents(), new TelegramCalls(new TelegramClient()),
                new ApprovalSettings(properties), new StaticListableBeanFactory().getBeanProvider(TelegramSendObserver.class));
        approvals.rows.put(12L, row(12L, null));
    }

    @AfterEach
    void tearDown() {
        telegram.close();
    }

    @Test
    void sendsThePhaseApprovalMessageWithButtons() {
        TelegramReceipt receipt = activities.sendTelegram(new ApprovalRef(12, 7));
        assertThat(receipt.sent()).isTrue();
        var call = telegram.calls("sendMessage").get(0);
        assertThat(call.token()).isEqualTo("123:abc");
        assertThat(call.body().path("chat_id").asString()).isEqualTo("4242");
        assertThat(call.body().path("parse_mode").asString()).isEqualTo("Markdown");
        String text = call.body().path("text").asString();
        assertThat(text).startsWith("⚠️ *Autopack Approval Needed*").contains("*Phase:* `P1`", "*Run:* `R9`",
                "🔴 HIGH (score: 72/100)", "*Net deletion:* 120 lines (150 removed, 30 added)", "• `a.py`", "• `c.py`",
                "… and 1 more", "UTC_");
        assertThat(text).doesNotContain("d.py");
        var buttons = call.body().path("reply_markup").path("inline_keyboard").get(0);
        assertThat(buttons.get(0).path("callback_data").asString()).isEqualTo("approve:P1");
        assertThat(buttons.get(1).path("callback_data").asString()).isEqualTo("reject:P1");
        assertThat(approvals.rows.get(12L).telegramMessageId()).isEqualTo(receipt.messageId());
    }

    @Test
    void secondSendOfTheSameApprovalSendsNothing() {
        TelegramReceipt first = activities.sendTelegram(new ApprovalRef(12, 7));
        TelegramReceipt second = activities.sendTelegram(new ApprovalRef(12, 7));
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void badRequestIsNonRetryable() {
        telegram.failWith(400);
        assertThatThrownBy(() -> activities.sendTelegram(new ApprovalRef(12, 7)))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
                    assertThat(f.isNonRetryable()).isTrue();
                    assertThat(f.getType()).isEqualTo("UPSTREAM_REJECTED");
                    assertThat(f.getOriginalMessage()).doesNotContain("123:abc");
                });
        assertThat(approvals.rows.get(12L).telegramError()).contains("400");
    }

    @Test
    void serverErrorsAndRateLimitsAreRetryable() {
        for (int status : new int[] {500, 429, 503}) {
            telegram.failWith(status);
            assertThatThrownBy(() -> activities.sendTelegram(new ApprovalRef(12, 7)))
                    .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isFalse());
        }
    }

    @Test
    void unreachableTelegramIsRetryable() {
        telegram.close();
        assertThatThrownBy(() -> activities.sendTelegram(new ApprovalRef(12, 7)))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isFalse());
    }

    private static ApprovalRecord row(long id, Long messageId) {
        return new ApprovalRecord(id, 7, "R9", "P1", "build113_risky_decision",
                "{\"risk_level\":\"high\",\"risk_score\":72,\"files\":[\"a.py\",\"b.py\",\"c.py\",\"d.py\"]}",
                "{\"net_deletion\":120,\"loc_removed\":150,\"loc_added\":30}", "pending", null, null, null, null,
                Instant.now(), null, Instant.now().plus(Duration.ofMinutes(15)), messageId != null, messageId, null,
                "approval-" + id);
    }

    static final class InMemoryApprovals extends Approvals {
        final Map<Long, ApprovalRecord> rows = new ConcurrentHashMap<>();

        InMemoryApprovals() {
            super(null);
        }

        @Override
        public Optional<ApprovalRecord> find(long orgId, long id) {
            return Optional.ofNullable(rows.get(id)).filter(r -> r.orgId() == orgId);
        }

        @Override
        public boolean markTelegramSent(long orgId, long id, long messageId) {
            ApprovalRecord r = rows.get(id);
            rows.put(id, new ApprovalRecord(r.id(), r.orgId(), r.runId(), r.phaseId(), r.context(), r.decisionInfo(),
                    r.deletionInfo(), r.status(), r.responseMethod(), r.approvalReason(), r.rejectedReason(),
                    r.decidedBy(), r.requestedAt(), r.respondedAt(), r.timeoutAt(), true, messageId, null,
                    r.workflowId()));
            return true;
        }

        @Override
        public void markTelegramError(long orgId, long id, String error) {
            ApprovalRecord r = rows.get(id);
            rows.put(id, new ApprovalRecord(r.id(), r.orgId(), r.runId(), r.phaseId(), r.context(), r.decisionInfo(),
                    r.deletionInfo(), r.status(), r.responseMethod(), r.approvalReason(), r.rejectedReason(),
                    r.decidedBy(), r.requestedAt(), r.respondedAt(), r.timeoutAt(), false, null, error,
                    r.workflowId()));
        }
    }

    static final class NoRuns extends RunIndex {
        NoRuns() {
            super(null);
        }

        @Override
        public Optional<RunRecord> findByWorkflowId(String workflowId) {
            return Optional.empty();
        }
    }

    static final class NoEvents extends RunEvents {
        NoEvents() {
            super(null);
        }
    }
}
