package dev.keel.integrations.llm;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google Gemini: POST /models/{model}:generateContent, :streamGenerateContent?alt=sse (each event a partial
 * GenerateContentResponse, the stream simply ends), :batchEmbedContents; the key goes in x-goog-api-key.
 */
final class GeminiProtocol implements WireProtocol {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "Gemini";
    }

    @Override
    public HttpRequest.Builder chat(LlmEndpoint endpoint, LlmRequest request, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        StringBuilder system = new StringBuilder();
        ArrayNode contents = body.putArray("contents");
        for (LlmMessage m : request.messages()) {
            if (m.role() == LlmMessage.Role.SYSTEM) {
                system.append(system.isEmpty() ? "" : "\n\n").append(m.content());
            } else {
                ObjectNode turn = contents.addObject().put("role", m.role() == LlmMessage.Role.USER ? "user" : "model");
                turn.putArray("parts").addObject().put("text", m.content());
            }
        }
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", system.toString());
        }
        ObjectNode config = body.putObject("generationConfig");
        if (request.temperature() != null) {
            config.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            config.put("maxOutputTokens", request.maxTokens());
        }
        if (request.topP() != null) {
            config.put("topP", request.topP());
        }
        if (request.seed() != null) {
            config.put("seed", request.seed());
        }
        if (!request.stop().isEmpty()) {
            request.stop().forEach(config.putArray("stopSequences")::add);
        }
        if (request.json()) {
            config.put("responseMimeType", "application/json");
        }
        ExtraBody.merge(config, request.extraBody(), true);
        String action = stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
        return post(endpoint, "/models/" + model(request.model()) + action, body);
    }

    @Override
    public LlmAnswer answer(JsonNode body) {
        String text = text(body);
        return new LlmAnswer(text, usage(body.path("usageMetadata")));
    }

    @Override
    public Piece piece(String event, JsonNode data) {
        if (data.path("error").isObject()) {
            throw new LlmException(LlmException.Kind.SERVER_ERROR, "Gemini stream failed: "
                    + data.path("error").path("message").asString(""));
        }
        String text = text(data);
        return new Piece(text == null ? "" : text, usage(data.path("usageMetadata")), false);
    }

    @Override
    public boolean endsAtEof() {
        return true;
    }

    @Override
    public HttpRequest.Builder embed(LlmEndpoint endpoint, String model, List<String> texts) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String text : texts) {
            ObjectNode one = requests.addObject().put("model", "models/" + model);
            one.putObject("content").putArray("parts").addObject().put("text", text);
        }
        return post(endpoint, "/models/" + model(model) + ":batchEmbedContents", body);
    }

    @Override
    public List<float[]> vectors(JsonNode body) {
        JsonNode embeddings = body.path("embeddings");
        if (!embeddings.isArray()) {
            return null;
        }
        List<float[]> vectors = new ArrayList<>();
        for (JsonNode e : embeddings) {
            if (!e.path("values").isArray()) {
                return null;
            }
            vectors.add(WireProtocol.floats(e.path("values")));
        }
        return vectors;
    }

    /** The concatenated text parts of the first candidate; null when there is no candidate content. */
    private static String text(JsonNode body) {
        JsonNode parts = body.path("candidates").path(0).path("content").path("parts");
        if (!parts.isArray()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.path("text").asString("")));
        return text.toString();
    }

    private static LlmUsage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return LlmUsage.UNKNOWN;
        }
        return new LlmUsage(WireProtocol.intOrNull(usage.get("promptTokenCount")),
                WireProtocol.intOrNull(usage.get("candidatesTokenCount")));
    }

    private static String model(String model) {
        String name = model.startsWith("models/") ? model.substring("models/".length()) : model;
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder post(LlmEndpoint endpoint, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (endpoint.apiKey() != null) {
            request.header("x-goog-api-key", endpoint.apiKey());
        }
        return request;
    }
}
