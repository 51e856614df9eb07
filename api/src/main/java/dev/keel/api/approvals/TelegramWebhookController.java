package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.api.identity.ClientAddress;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.keel.domain.approvals.TelegramUpdates;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's webhook. Limited per client address (counted before the secret is checked, so guessing it is slow
 * too); verified by the secret token header (constant time); each update_id is handled once;
 * unknown or malformed updates get 200 so Telegram stops retrying, and change nothing.
 */
@RestController
public class TelegramWebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApprovalSettings settings;
    private final TelegramUpdates updates;
    private final TelegramCallbacks callbacks;
    private final RequestRateLimiter limiter;
    private final ClientAddress clientAddress;
    private final int perMinute;

    public TelegramWebhookController(ApprovalSettings settings, TelegramUpdates updates, TelegramCallbacks callbacks,
                                     RequestRateLimiter limiter, ClientAddress clientAddress,
                                     @Value("${keel.telegram.webhook-requests-per-minute:120}") int perMinute) {
        this.settings = settings;
        this.updates = updates;
        this.callbacks = callbacks;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.perMinute = perMinute;
    }

    @PostMapping("/telegram/webhook")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TelegramWebhookDocs.Update.class),
            examples = @ExampleObject(value = TelegramWebhookDocs.UPDATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "Acknowledged", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TelegramWebhookDocs.Ack.class)))
    @ApiError(status = 403, description = "Missing or wrong X-Telegram-Bot-Api-Secret-Token")
    @ApiError(status = 429, description = "Too many updates from this address")
    @ApiError(status = 503, description = "The update could not be processed; Telegram redelivers it")
    public Map<String, Object> webhook(
            @RequestHeader(value = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
            @RequestBody(required = false) String body, HttpServletRequest http) {
        limiter.check("telegram-webhook:" + clientAddress.of(http), perMinute);
        ApprovalConfig config = settings.current();
        verify(config, token);
        JsonNode update = parse(body);
        JsonNode updateId = update.path("update_id");
        if (updateId.isIntegralNumber() && updateId.canConvertToLong() && !updates.firstDelivery(updateId.asLong())) {
            return Map.of("ok", true, "duplicate", true);
        }
        JsonNode query = update.path("callback_query");
        if (!query.path("data").isString()) {
            return Map.of("ok", true);
        }
        try {
            return callbacks.handle(config, query);
        } catch (RuntimeException e) {
            LOG.error("Telegram update {} failed; it will be processed on redelivery", updateId, e);
            if (updateId.isIntegralNumber() && updateId.canConvertToLong()) {
                updates.forget(updateId.asLong());
            }
            throw ApiException.unavailable("Update could not be processed, retry later");
        }
    }

    private static void verify(ApprovalConfig config, String token) {
        String secret = config.webhookSecret();
        if (secret == null) {
            if (config.production()) {
                throw ApiException.forbidden("Webhook secret not configured");
            }
            return;
        }
        if (token == null || !MessageDigest.isEqual(sha256(secret), sha256(token))) {
            throw ApiException.forbidden("Invalid webhook secret token");
        }
    }

    /** Hashing first makes the comparison independent of the secret's length as well. */
    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }
}
