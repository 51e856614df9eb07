package dev.keel.activities.approvals;

import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.domain.approvals.GovernanceRecord;
import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.approvals.GovernanceActivities;
import dev.keel.workflows.approvals.GovernanceOutcome;
import dev.keel.workflows.approvals.GovernanceRef;
import dev.keel.workflows.approvals.TelegramReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class GovernanceActivitiesImpl implements GovernanceActivities {
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceActivitiesImpl.class);

    private final GovernanceRequests requests;
    private final RunProgress progress;
    private final TelegramCalls telegram;
    private final ApprovalSettings settings;
    private final ObjectProvider<TelegramSendObserver> observers;

    public GovernanceActivitiesImpl(GovernanceRequests requests, RunIndex runs, RunEvents events,
                                    TelegramCalls telegram, ApprovalSettings settings,
                                    ObjectProvider<TelegramSendObserver> observers) {
        this.requests = requests;
        this.progress = new RunProgress(runs, events);
        this.telegram = telegram;
        this.settings = settings;
        this.observers = observers;
    }

    @Override
    public TelegramReceipt sendTelegram(GovernanceRef ref) {
        GovernanceRecord row = load(ref.orgId(), ref.requestId());
        if (row.telegramMessageId() != null) {
            return new TelegramReceipt(true, row.telegramMessageId(), null);
        }
        ApprovalConfig config = settings.current();
        if (!config.telegramConfigured()) {
            return new TelegramReceipt(false, null, TelegramReceipt.NOT_CONFIGURED);
        }
        if (!row.pending()) {
            return new TelegramReceipt(false, null, "Request already decided");
        }
        long messageId = telegram.sendMessage(config, ApprovalMessages.governance(row, Instant.now()), List.of(
                new TelegramClient.Button("✅ Approve", "gov_approve:" + row.requestId()),
                new TelegramClient.Button("❌ Deny", "gov_reject:" + row.requestId())));
        requests.markTelegramSent(ref.orgId(), ref.requestId(), messageId);
        progress.event(row.workflowId(), "telegram_sent", "{\"message_id\":" + messageId + "}", "telegram_sent");
        observers.ifAvailable(o -> o.stored(row.workflowId(), messageId));
        return new TelegramReceipt(true, messageId, null);
    }

    @Override
    public boolean recordOutcome(GovernanceOutcome o) {
        boolean applied = requests.decide(o.orgId(), o.requestId(), o.approved(), o.approvedBy());
        GovernanceRecord row = load(o.orgId(), o.requestId());
        progress.finish(row.workflowId(), outcomeWord(row, o), null);
        progress.event(row.workflowId(), "decided", "{\"status\":\"" + row.status() + "\",\"method\":\""
                + o.method() + "\"}", "decided");
        return applied;
    }

    @Override
    public boolean recordCancelled(GovernanceRef ref) {
        String reason = "Cancelled in Temporal";
        boolean applied = requests.close(ref.orgId(), ref.requestId(), "cancelled", reason);
        GovernanceRecord row = load(ref.orgId(), ref.requestId());
        progress.finish(row.workflowId(), "cancelled", reason);
        progress.event(row.workflowId(), "decided", "{\"status\":\"" + row.status() + "\",\"method\":\"temporal\"}",
                "decided");
        return applied;
    }

    /** The run's outcome: approved, rejected, timeout (whichever default applied) or the closed status. */
    private static String outcomeWord(GovernanceRecord row, GovernanceOutcome o) {
        if (row.closedStatus() != null) {
            return row.closedStatus();
        }
        if ("timeout".equals(row.approvedBy())) {
            return "timeout";
        }
        return Boolean.TRUE.equals(row.approved()) ? "approved" : "rejected";
    }

    @Override
    public void announceOutcome(GovernanceOutcome o) {
        GovernanceRecord row = load(o.orgId(), o.requestId());
        if (row.telegramMessageId() == null) {
            return;
        }
        String status = row.status();
        String text = ApprovalMessages.outcome("🔐 *Governance Request*", "*Request:* `"
                + ApprovalMessages.code(row.requestId()) + "`", status, row.approvedBy());
        try {
            telegram.editMessageText(settings.current(), row.telegramMessageId(), text);
        } catch (ApplicationFailure e) {
            if (!e.isNonRetryable()) {
                throw e;
            }
            LOG.warn("Telegram refused to edit the message of request {}: {}", o.requestId(), e.getOriginalMessage());
        }
    }

    private GovernanceRecord load(long orgId, String requestId) {
        return requests.find(orgId, requestId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Governance request " + requestId + " not found", FailureType.NOT_FOUND.type()));
    }
}
