package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.integrations.telegram.TelegramException;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.approvals.GovernanceRecord;
import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.workflows.approvals.Decision;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns inline-button presses into decide updates: {@code approve|reject:{phase_id}} (the approval whose
 * message carried the button, else the newest pending approval of the phase) and {@code gov_approve|gov_reject:{request_id}}. The workflow edits the message with the outcome.
 */
@Component
public class TelegramCallbacks {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramCallbacks.class);

    private final Approvals approvals;
    private final GovernanceRequests governance;
    private final ApprovalService approvalService;
    private final GovernanceService governanceService;
    private final TelegramClient telegram;

    public TelegramCallbacks(Approvals approvals, GovernanceRequests governance, ApprovalService approvalService,
                             GovernanceService governanceService, TelegramClient telegram) {
        this.approvals = approvals;
        this.governance = governance;
        this.approvalService = approvalService;
        this.governanceService = governanceService;
        this.telegram = telegram;
    }

    Map<String, Object> handle(ApprovalConfig config, JsonNode query) {
        String data = query.path("data").asString();
        int colon = data.indexOf(':');
        String action = colon < 0 ? data : data.substring(0, colon);
        String key = colon < 0 ? "" : data.substring(colon + 1).strip();
        String user = user(query.path("from"));
        String queryId = query.path("id").asString("");
        if (key.isEmpty()) {
            return Map.of("ok", true, "ignored", true);
        }
        if (!fromConfiguredChat(config, query)) {
            answer(config, queryId, "This chat cannot decide approvals");
            return Map.of("ok", true, "ignored", true, "error", "chat_not_allowed");
        }
        return switch (action) {
            case "approve", "reject" -> phase(config, queryId, action.equals("approve"), key, user,
                    query.path("message").path("message_id"));
            case "gov_approve", "gov_reject" -> governance(config, queryId, action.equals("gov_approve"), key, user);
            default -> Map.of("ok", true, "ignored", true);
        };
    }

    /** The button's own message identifies the approval; without it, the newest pending one of the phase. */
    private Map<String, Object> phase(ApprovalConfig config, String queryId, boolean approved, String phaseId,
                                      String user, JsonNode messageId) {
        Optional<ApprovalRecord> row = (messageId.isIntegralNumber()
                ? approvals.findByTelegramMessage(messageId.asLong(), phaseId)
                : Optional.<ApprovalRecord>empty())
                .or(() -> approvals.latestPendingForPhase(phaseId))
                .filter(ApprovalRecord::pending);
        if (row.isEmpty()) {
            answer(config, queryId, "No pending approval for phase " + phaseId);
            return Map.of("ok", true, "error", "approval_not_found");
        }
        String refused = refusal(() -> approvalService.decide(row.get(), new Decision(approved, "telegram", user, null)));
        answer(config, queryId, refused == null ? (approved ? "✅ Approved" : "❌ Rejected") : refused);
        return Map.of("ok", true, "action", approved ? "approve" : "reject", "approval_id", row.get().id());
    }

    private Map<String, Object> governance(ApprovalConfig config, String queryId, boolean approved, String requestId,
                                           String user) {
        Optional<GovernanceRecord> row = governance.findForTelegram(requestId).filter(GovernanceRecord::pending);
        if (row.isEmpty()) {
            answer(config, queryId, "No pending governance request " + requestId);
            return Map.of("ok", true, "error", "request_not_found");
        }
        String refused = refusal(() -> governanceService.decide(row.get(), new Decision(approved, "telegram", user,
                null)));
        answer(config, queryId, refused == null ? (approved ? "✅ Approved" : "❌ Denied") : refused);
        return Map.of("ok", true, "action", approved ? "gov_approve" : "gov_reject", "request_id", requestId);
    }

    /**
     * Runs the decide update: null when accepted, the refusal's text when already closed (409). Anything else
     * (503: no worker, no Temporal) propagates, so the webhook asks Telegram to redeliver the update.
     */
    private static String refusal(Runnable decide) {
        try {
            decide.run();
            return null;
        } catch (ApiException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            return e.getMessage();
        }
    }

    private void answer(ApprovalConfig config, String queryId, String text) {
        if (queryId.isEmpty() || !config.telegramConfigured()) {
            return;
        }
        // This call runs in the request, outside Temporal: one immediate retry covers a pooled connection
        // that the server had already closed.
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                telegram.answerCallbackQuery(config.telegram(), queryId, text);
                return;
            } catch (TelegramException e) {
                if (!e.retryable() || attempt == 2) {
                    LOG.warn("answerCallbackQuery failed: {}", e.getMessage());
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("answerCallbackQuery failed: {}", e.getMessage());
                return;
            }
        }
    }

    /**
     * Only a button pressed in the configured chat decides: a message forwarded elsewhere keeps its buttons, and
     * whoever presses them there is not one of the approvers.
     */
    private static boolean fromConfiguredChat(ApprovalConfig config, JsonNode query) {
        JsonNode chat = query.path("message").path("chat").path("id");
        return config.chatId() == null || (chat.isValueNode() && config.chatId().equals(chat.asString()));
    }

    private static String user(JsonNode from) {
        if (from.path("username").isString()) {
            return "telegram_@" + from.path("username").asString();
        }
        return "telegram_" + from.path("id").asString("unknown");
    }
}
