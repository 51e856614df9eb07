package dev.keel.activities.approvals;

import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.approvals.ApprovalActivities;
import dev.keel.workflows.approvals.ApprovalOutcome;
import dev.keel.workflows.approvals.ApprovalRef;
import dev.keel.workflows.approvals.TelegramReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class ApprovalActivitiesImpl implements ApprovalActivities {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalActivitiesImpl.class);

    private final Approvals approvals;
    private final RunProgress progress;
    private final TelegramCalls telegram;
    private final ApprovalSettings settings;
    private final ObjectProvider<TelegramSendObserver> observers;

    public ApprovalActivitiesImpl(Approvals approvals, RunIndex runs, RunEvents events, TelegramCalls telegram,
                                  ApprovalSettings settings, ObjectProvider<TelegramSendObserver> observers) {
        this.approvals = approvals;
        this.progress = new RunProgress(runs, events);
        this.telegram = telegram;
        this.settings = settings;
        this.observers = observers;
    }

    @Override
    public TelegramReceipt sendTelegram(ApprovalRef ref) {
        ApprovalRecord row = load(ref.orgId(), ref.approvalId());
        if (row.telegramMessageId() != null) {
            return new TelegramReceipt(true, row.telegramMessageId(), null);
        }
        ApprovalConfig config = settings.current();
        if (!config.telegramConfigured()) {
            approvals.markTelegramError(ref.orgId(), ref.approvalId(), TelegramReceipt.NOT_CONFIGURED);
            return new TelegramReceipt(false, null, TelegramReceipt.NOT_CONFIGURED);
        }
        if (!row.pending()) {
            return new TelegramReceipt(false, null, "Approval already " + row.status());
        }
        long messageId;
        try {
            messageId = telegram.sendMessage(config, ApprovalMessages.phaseApproval(row, Instant.now()), List.of(
                    new TelegramClient.Button("✅ Approve", "approve:" + row.phaseId()),
                    new TelegramClient.Button("❌ Reject", "reject:" + row.phaseId())));
        } catch (ApplicationFailure e) {
            approvals.markTelegramError(ref.orgId(), ref.approvalId(), e.getOriginalMessage());
            throw e;
        }
        approvals.markTelegramSent(ref.orgId(), ref.approvalId(), messageId);
        progress.event(row.workflowId(), "telegram_sent", "{\"message_id\":" + messageId + "}", "telegram_sent");
        observers.ifAvailable(o -> o.stored(row.workflowId(), messageId));
        return new TelegramReceipt(true, messageId, null);
    }

    @Override
    public boolean recordOutcome(ApprovalOutcome o) {
        boolean applied = approvals.decide(o.orgId(), o.approvalId(), o.status(), o.method(), o.decidedBy(),
                o.approved() ? o.reason() : null, o.approved() ? null : o.reason());
        ApprovalRecord row = load(o.orgId(), o.approvalId());
        progress.finish(row.workflowId(), row.status(), "cancelled".equals(row.status()) ? row.rejectedReason() : null);
        progress.event(row.workflowId(), "decided", "{\"status\":\"" + row.status() + "\",\"method\":\""
                + row.responseMethod() + "\"}", "decided");
        return applied;
    }

    @Override
    public void announceOutcome(ApprovalOutcome o) {
        ApprovalRecord row = load(o.orgId(), o.approvalId());
        if (row.telegramMessageId() == null) {
            return;
        }
        String text = ApprovalMessages.outcome("⚠️ *Autopack Approval*", "*Phase:* `"
                + ApprovalMessages.code(row.phaseId()) + "`\n*Run:* `" + ApprovalMessages.code(row.runId()) + "`",
                row.status(), row.decidedBy());
        try {
            telegram.editMessageText(settings.current(), row.telegramMessageId(), text);
        } catch (ApplicationFailure e) {
            if (!e.isNonRetryable()) {
                throw e;
            }
            LOG.warn("Telegram refused to edit the message of approval {}: {}", o.approvalId(), e.getOriginalMessage());
        }
    }

    private ApprovalRecord load(long orgId, long id) {
        return approvals.find(orgId, id).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Approval " + id + " not found", FailureType.NOT_FOUND.type()));
    }
}
