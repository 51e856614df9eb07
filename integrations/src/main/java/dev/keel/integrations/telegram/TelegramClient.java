package dev.keel.integrations.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Telegram Bot API over plain HTTP, without client retries (Temporal retries the activity). Failures are
 * {@link TelegramException}s: 4xx other than 429 and {@code ok:false} are REJECTED; 429, 5xx and I/O are UNAVAILABLE.
 */
@Component
public class TelegramClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Button(String text, String callbackData) {
    }

    /** Sends a Markdown message with one row of inline buttons; returns Telegram's message_id. */
    public long sendMessage(TelegramBot config, String text, List<Button> buttons) {
        ObjectNode body = JSON.createObjectNode();
        body.put("chat_id", config.chatId());
        body.put("text", text);
        body.put("parse_mode", "Markdown");
        ArrayNode row = body.putObject("reply_markup").putArray("inline_keyboard").addArray();
        for (Button b : buttons) {
            row.addObject().put("text", b.text()).put("callback_data", b.callbackData());
        }
        return call(config, "sendMessage", body).path("result").path("message_id").asLong();
    }

    public void answerCallbackQuery(TelegramBot config, String callbackQueryId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("callback_query_id", callbackQueryId);
        body.put("text", text);
        call(config, "answerCallbackQuery", body);
    }

    public void editMessageText(TelegramBot config, long messageId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("chat_id", config.chatId());
        body.put("message_id", messageId);
        body.put("text", text);
        body.put("parse_mode", "Markdown");
        call(config, "editMessageText", body);
    }

    private JsonNode call(TelegramBot config, String method, ObjectNode body) {
        if (config.botToken() == null) {
            throw new TelegramException(TelegramException.Kind.NOT_CONFIGURED, "TELEGRAM_BOT_TOKEN is not set");
        }
        String base = config.apiBase().endsWith("/") ? config.apiBase().substring(0, config.apiBase().length() - 1)
                : config.apiBase();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/bot" + config.botToken() + "/" + method))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TelegramException(TelegramException.Kind.UNAVAILABLE,
                    "Telegram " + method + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramException(TelegramException.Kind.UNAVAILABLE, "Telegram " + method + " interrupted");
        }
        int status = response.statusCode();
        String description = describe(response.body());
        if (status == 429 || status >= 500) {
            throw new TelegramException(TelegramException.Kind.UNAVAILABLE,
                    "Telegram " + method + " answered " + status + description);
        }
        JsonNode json = parse(response.body());
        if (status >= 400 || json == null || !json.path("ok").asBoolean(false)) {
            throw new TelegramException(TelegramException.Kind.REJECTED,
                    "Telegram " + method + " rejected the request (" + status + ")" + description);
        }
        return json;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(String body) {
        JsonNode json = parse(body);
        String description = json == null ? "" : json.path("description").asString("");
        return description.isEmpty() ? "" : ": " + description;
    }
}
