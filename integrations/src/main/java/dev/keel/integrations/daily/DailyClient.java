package dev.keel.integrations.daily;

import dev.keel.integrations.http.ProviderException;
import dev.keel.integrations.http.ProviderCall;
import dev.keel.integrations.daily.DailySettings.DailyConfig;
import dev.keel.integrations.http.ProviderException.Kind;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Daily.co REST API (POST /rooms, POST /meeting-tokens) with the account key as bearer token. No retries:
 * callers are interactive requests. Failures are {@link ProviderException}s.
 */
@Component
public class DailyClient {
    public static final String PROVIDER = "Daily.co";

    /** A room as Daily created it. */
    public record DailyRoom(String name, String url) {
    }

    /** Creates a private room that Daily deletes (ejecting everyone) at expiresAt. */
    public DailyRoom createRoom(DailyConfig config, String name, Instant expiresAt) {
        ObjectNode body = ProviderCall.JSON.createObjectNode();
        body.put("name", name);
        body.put("privacy", "private");
        ObjectNode properties = body.putObject("properties");
        properties.put("exp", expiresAt.getEpochSecond());
        properties.put("eject_at_room_exp", true);
        JsonNode room = call(config).post("/rooms", body);
        String url = room.path("url").asString("");
        if (url.isBlank()) {
            throw new ProviderException(Kind.PROVIDER_ERROR, PROVIDER + " created a room but answered without its url");
        }
        return new DailyRoom(room.path("name").asString(name), url);
    }

    /** A meeting token for one participant of a private room, valid until expiresAt; owners can admin the call. */
    public String meetingToken(DailyConfig config, String roomName, String userName, boolean owner, Instant expiresAt) {
        ObjectNode body = ProviderCall.JSON.createObjectNode();
        ObjectNode properties = body.putObject("properties");
        properties.put("room_name", roomName);
        properties.put("user_name", userName);
        properties.put("is_owner", owner);
        properties.put("exp", expiresAt.getEpochSecond());
        String token = call(config).post("/meeting-tokens", body).path("token").asString("");
        if (token.isBlank()) {
            throw new ProviderException(Kind.PROVIDER_ERROR, PROVIDER + " answered without a meeting token");
        }
        return token;
    }

    private static ProviderCall call(DailyConfig config) {
        return new ProviderCall(PROVIDER, "DAILY_API_KEY", "DAILY_API_BASE", config.apiBase(), config.apiKey(),
                config.timeout());
    }
}
