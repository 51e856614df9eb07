package dev.keel.integrations.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's Realtime sessions API as OpenAI speaks it: POST /v1/realtime/sessions validates model, modalities,
 * instructions and voice (unknown parameters are refused) and answers a realtime.session object with an
 * ephemeral client_secret {value, expires_at}. Errors are {"error": {message, type, param, code}}.
 */
public final class FakeOpenAiRealtimeServer extends FakeProviderServer {
    private static final Set<String> FIELDS = Set.of("model", "modalities", "instructions", "voice");
    private static final Set<String> VOICES = Set.of("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer",
            "verse");

    private volatile boolean gaOnly;

    public FakeOpenAiRealtimeServer(String apiKey) {
        super(apiKey);
    }

    /** Answers like OpenAI after the beta endpoint was retired: /realtime/sessions is 404, client_secrets works. */
    public void gaOnly(boolean on) {
        gaOnly = on;
    }

    @Override
    protected Answer route(String method, String path, JsonNode json) {
        if (method.equals("POST") && path.equals("/v1/realtime/client_secrets")) {
            return clientSecret(json);
        }
        if (gaOnly || !method.equals("POST") || !path.equals("/v1/realtime/sessions")) {
            return new Answer(404, error("Invalid URL (" + method + " " + path + ")", "invalid_request_error",
                    null, null));
        }
        for (String field : json.propertyNames()) {
            if (!FIELDS.contains(field)) {
                return invalid("Unknown parameter: '" + field + "'.", field, "unknown_parameter");
            }
        }
        if (!json.path("model").isString() || json.path("model").asString().isBlank()) {
            return invalid("Missing required parameter: 'model'.", "model", "missing_required_parameter");
        }
        JsonNode modalities = json.path("modalities");
        if (!modalities.isArray() || modalities.isEmpty()) {
            return invalid("Invalid type for 'modalities': expected an array of strings.", "modalities",
                    "invalid_type");
        }
        for (JsonNode m : modalities) {
            if (!m.isString() || !Set.of("audio", "text").contains(m.asString())) {
                return invalid("Invalid modality: supported values are 'audio' and 'text'.", "modalities",
                        "invalid_value");
            }
        }
        if (!json.path("instructions").isString()) {
            return invalid("Invalid type for 'instructions': expected a string.", "instructions", "invalid_type");
        }
        if (json.has("voice") && !VOICES.contains(json.path("voice").asString(""))) {
            return invalid("Invalid value for 'voice'. Supported values are: " + VOICES + ".", "voice",
                    "invalid_value");
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", "sess_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        session.put("object", "realtime.session");
        session.put("model", json.path("model").asString());
        session.put("modalities", JSON.convertValue(modalities, List.class));
        session.put("instructions", json.path("instructions").asString());
        session.put("voice", json.path("voice").asString("alloy"));
        session.put("input_audio_format", "pcm16");
        session.put("output_audio_format", "pcm16");
        session.put("input_audio_transcription", null);
        session.put("turn_detection", Map.of("type", "server_vad", "threshold", 0.5, "prefix_padding_ms", 300,
                "silence_duration_ms", 200));
        session.put("tools", List.of());
        session.put("tool_choice", "auto");
        session.put("temperature", 0.8);
        session.put("max_response_output_tokens", "inf");
        session.put("client_secret", Map.of("value", "ek_" + UUID.randomUUID().toString().replace("-", ""),
                "expires_at", Instant.now().getEpochSecond() + 60));
        return new Answer(200, session);
    }

    private static Answer clientSecret(JsonNode json) {
        JsonNode session = json.path("session");
        if (!"realtime".equals(session.path("type").asString("")) || !session.path("model").isString()) {
            return invalid("Missing required parameter: 'session.type'.", "session.type", "missing_required_parameter");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("type", "realtime");
        created.put("object", "realtime.session");
        created.put("id", "sess_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        created.put("model", session.path("model").asString());
        created.put("output_modalities", List.of("audio"));
        created.put("instructions", session.path("instructions").asString(""));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("value", "ek_" + UUID.randomUUID().toString().replace("-", ""));
        answer.put("expires_at", Instant.now().getEpochSecond() + 600);
        answer.put("session", created);
        return new Answer(200, answer);
    }

    private static Answer invalid(String message, String param, String code) {
        return new Answer(400, error(message, "invalid_request_error", param, code));
    }

    private static Map<String, Object> error(String message, String type, String param, String code) {
        Map<String, Object> error = new HashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return Map.of("error", error);
    }

    @Override
    protected Object errorBody(int status, String message) {
        if (status == 401) {
            return error("Incorrect API key provided: sk-wro***key. You can find your API key at"
                    + " https://platform.openai.com/account/api-keys.", "invalid_request_error", null,
                    "invalid_api_key");
        }
        if (status == 429) {
            return error("Rate limit reached for requests", "requests", null, "rate_limit_exceeded");
        }
        if (status >= 500) {
            return error("The server had an error while processing your request. Sorry about that!",
                    "server_error", null, null);
        }
        return error(message, "invalid_request_error", null, null);
    }
}
