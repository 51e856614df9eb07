package dev.keel.api.approvals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What the webhook's document shows. The body is read as text (the secret is checked before it is parsed, and an
 * update Keel does not understand is acknowledged, not refused), so these records describe the wire only.
 */
final class TelegramWebhookDocs {
    private TelegramWebhookDocs() {
    }

    static final String UPDATE_EXAMPLE = """
            {"update_id": 1001, "callback_query": {"id": "cb-1", "data": "approve:42",
             "from": {"id": 7, "username": "alice"}, "message": {"message_id": 5, "chat": {"id": 7}}}}""";

    @Schema(name = "TelegramUpdate", description = "A Telegram Bot API update; only callback queries act")
    record Update(Long updateId, CallbackQuery callbackQuery) {
    }

    @Schema(name = "TelegramCallbackQuery")
    record CallbackQuery(String id, @Schema(description = "approve:{id} or reject:{id}") String data,
                         Map<String, Object> from, Map<String, Object> message) {
    }

    @Schema(name = "TelegramWebhookAck", description = "Telegram only needs a 2xx; the fields say what happened")
    record Ack(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean ok, Boolean duplicate) {
    }
}
