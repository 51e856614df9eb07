package dev.keel.integrations.realtime;

import dev.keel.integrations.http.ProviderException;
import dev.keel.integrations.http.ProviderCall;
import dev.keel.integrations.http.ProviderException.Kind;
import dev.keel.integrations.realtime.RealtimeSessionClient.RealtimeSession;
import dev.keel.integrations.realtime.RealtimeSettings.RealtimeConfig;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GA Realtime API's POST /realtime/client_secrets: {session: {type: realtime, model, instructions,
 * audio.output.voice}} answers {value, expires_at, session: {id?, model, output_modalities?}}.
 */
final class RealtimeClientSecrets {
    private RealtimeClientSecrets() {
    }

    static RealtimeSession create(ProviderCall call, RealtimeConfig config, String instructions) {
        ObjectNode body = ProviderCall.JSON.createObjectNode();
        ObjectNode session = body.putObject("session");
        session.put("type", "realtime");
        session.put("model", config.model());
        session.put("instructions", instructions);
        session.putObject("audio").putObject("output").put("voice", config.voice());
        JsonNode answer = call.post("/realtime/client_secrets", body);
        String secret = answer.path("value").asString("");
        if (secret.isBlank()) {
            throw new ProviderException(Kind.PROVIDER_ERROR, RealtimeSessionClient.PROVIDER
                    + " answered without a client secret");
        }
        JsonNode created = answer.path("session");
        JsonNode expiresAt = answer.path("expires_at");
        String id = created.path("id").asString("");
        return new RealtimeSession(id.isBlank() ? null : id, created.path("model").asString(config.model()),
                RealtimeSessionClient.MODALITIES, secret,
                expiresAt.isIntegralNumber() ? Instant.ofEpochSecond(expiresAt.longValue()) : null);
    }
}
