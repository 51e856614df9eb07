package dev.keel.integrations.fakes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Daily.co REST API as Daily speaks it: POST /v1/rooms (name, privacy, properties.exp) answers a room object
 * with its url; POST /v1/meeting-tokens (properties.room_name, user_name, is_owner, exp) answers a JWT-shaped
 * token whose payload carries the claims (r, u, o, exp). Errors are {"error": kind, "info": message}.
 */
public final class FakeDailyServer extends FakeProviderServer {
    public static final String DOMAIN = "keel-test.daily.co";
    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Set<String> ROOM_FIELDS = Set.of("name", "privacy", "properties");
    private static final Set<String> TOKEN_PROPERTIES = Set.of("room_name", "user_name", "is_owner", "exp");

    private final Set<String> rooms = ConcurrentHashMap.newKeySet();

    public FakeDailyServer(String apiKey) {
        super(apiKey);
    }

    @Override
    protected Answer route(String method, String path, JsonNode json) {
        if (method.equals("POST") && path.equals("/v1/rooms")) {
            return createRoom(json);
        }
        if (method.equals("POST") && path.equals("/v1/meeting-tokens")) {
            return createToken(json);
        }
        return new Answer(404, Map.of("error", "not-found", "info", "no route " + method + " " + path));
    }

    private Answer createRoom(JsonNode json) {
        for (String field : json.propertyNames()) {
            if (!ROOM_FIELDS.contains(field)) {
                return invalid("unknown parameter '" + field + "'");
            }
        }
        String name = json.path("name").asString("");
        if (!ROOM_NAME.matcher(name).matches()) {
            return invalid("name must be 1-128 characters of A-Z a-z 0-9 - _");
        }
        String privacy = json.path("privacy").asString("public");
        if (!privacy.equals("public") && !privacy.equals("private")) {
            return invalid("privacy must be public or private");
        }
        JsonNode exp = json.path("properties").path("exp");
        if (!exp.isIntegralNumber() || exp.longValue() <= Instant.now().getEpochSecond()) {
            return invalid("properties.exp must be a unix timestamp in the future");
        }
        if (!rooms.add(name)) {
            return invalid("a room named " + name + " already exists");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("exp", exp.longValue());
        if (json.path("properties").has("eject_at_room_exp")) {
            config.put("eject_at_room_exp", json.path("properties").path("eject_at_room_exp").asBoolean());
        }
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("id", UUID.randomUUID().toString());
        room.put("name", name);
        room.put("api_created", true);
        room.put("privacy", privacy);
        room.put("url", "https://" + DOMAIN + "/" + name);
        room.put("created_at", Instant.now().toString());
        room.put("config", config);
        return new Answer(200, room);
    }

    private Answer createToken(JsonNode json) {
        JsonNode properties = json.path("properties");
        if (!properties.isObject()) {
            return invalid("properties is required");
        }
        for (String field : properties.propertyNames()) {
            if (!TOKEN_PROPERTIES.contains(field)) {
                return invalid("unknown token property '" + field + "'");
            }
        }
        if (!properties.path("room_name").isString() || !properties.path("user_name").isString()
                || !properties.path("is_owner").isBoolean() || !properties.path("exp").isIntegralNumber()) {
            return invalid("room_name and user_name must be strings, is_owner a boolean, exp an integer");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("r", properties.path("room_name").asString());
        claims.put("u", properties.path("user_name").asString());
        claims.put("o", properties.path("is_owner").asBoolean());
        claims.put("exp", properties.path("exp").longValue());
        claims.put("d", "5f4a2b6e-keel-test-domain");
        claims.put("iat", Instant.now().getEpochSecond());
        return new Answer(200, Map.of("token", jwt(claims)));
    }

    /** The claims of a token this fake issued. */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static String jwt(Map<String, Object> claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(JSON.writeValueAsBytes(claims));
        String signature = b64.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + signature;
    }

    private static Answer invalid(String info) {
        return new Answer(400, Map.of("error", "invalid-request-error", "info", info));
    }

    @Override
    protected Object errorBody(int status, String message) {
        String kind = status == 401 || status == 403 ? "authentication-error"
                : status == 429 ? "rate-limit-error" : status >= 500 ? "server-error" : "invalid-request-error";
        String info = status == 401 ? "authorization header missing or invalid" : message;
        return Map.of("error", kind, "info", info);
    }
}
