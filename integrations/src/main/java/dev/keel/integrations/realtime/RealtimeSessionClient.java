package dev.keel.integrations.realtime;

import dev.keel.integrations.http.ProviderException;
import dev.keel.integrations.http.ProviderCall;
import dev.keel.integrations.http.ProviderException.Kind;
import dev.keel.integrations.realtime.RealtimeSettings.RealtimeConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI Realtime sessions API (POST /realtime/sessions, as the seed describes it): mints an ephemeral client secret
 * a browser uses to talk to the model directly, so the account key never leaves the server. A provider that
 * answers 404 there (OpenAI retired the beta endpoint for the GA one) is asked again through
 * POST /realtime/client_secrets. No retries; failures are {@link ProviderException}s.
 */
@Component
public class RealtimeSessionClient {
    public static final String PROVIDER = "OpenAI Realtime";
    public static final List<String> MODALITIES = List.of("audio", "text");

    /** The session OpenAI created; clientSecretExpiresAt is null when OpenAI did not say. */
    public record RealtimeSession(String id, String model, List<String> modalities, String clientSecret,
                                  Instant clientSecretExpiresAt) {
    }

    /** Creates a session of the configured model and voice with these instructions. */
    public RealtimeSession create(RealtimeConfig config, String instructions) {
        ObjectNode body = ProviderCall.JSON.createObjectNode();
        body.put("model", config.model());
        MODALITIES.forEach(body.putArray("modalities")::add);
        body.put("instructions", instructions);
        body.put("voice", config.voice());
        ProviderCall call = new ProviderCall(PROVIDER, "OPENAI_API_KEY", "OPENAI_API_BASE", config.apiBase(),
                config.apiKey(), config.timeout());
        JsonNode session;
        try {
            session = call.post("/realtime/sessions", body);
        } catch (ProviderException e) {
            if (e.httpStatus() != 404) {
                throw e;
            }
            return RealtimeClientSecrets.create(call, config, instructions);
        }
        String id = session.path("id").asString("");
        String secret = session.path("client_secret").path("value").asString("");
        if (id.isBlank() || secret.isBlank()) {
            throw new ProviderException(Kind.PROVIDER_ERROR, PROVIDER
                    + " answered without a session id or client secret");
        }
        JsonNode expiresAt = session.path("client_secret").path("expires_at");
        return new RealtimeSession(id, session.path("model").asString(config.model()), modalities(session),
                secret, expiresAt.isIntegralNumber() ? Instant.ofEpochSecond(expiresAt.longValue()) : null);
    }

    private static List<String> modalities(JsonNode session) {
        JsonNode node = session.path("modalities");
        if (!node.isArray()) {
            return MODALITIES;
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asString("")));
        return values;
    }
}
