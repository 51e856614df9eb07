package dev.keel.integrations.llm;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat completions (and any server that speaks them): POST /chat/completions, streaming as SSE with
 * stream_options.include_usage so the last chunk carries the usage, ended by data: [DONE]; POST /embeddings.
 */
final class OpenAiProtocol implements WireProtocol {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final boolean official;

    /** official: api.openai.com semantics (max_completion_tokens); otherwise the widely supported max_tokens. */
    OpenAiProtocol(boolean official) {
        this.official = official;
    }

    @Override
    public String name() {
        return official ? "OpenAI" : "The OpenAI-compatible LLM provider";
    }

    @Override
    public HttpRequest.Builder chat(LlmEndpoint endpoint, LlmRequest request, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        for (LlmMessage m : request.messages()) {
            messages.addObject().put("role", m.role().name().toLowerCase()).put("content", m.content());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put(official ? "max_completion_tokens" : "max_tokens", request.maxTokens());
        }
        if (request.topP() != null) {
            body.put("top_p", request.topP());
        }
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        if (!request.stop().isEmpty()) {
            request.stop().forEach(body.putArray("stop")::add);
        }
        if (request.json()) {
            body.putObject("response_format").put("type", "json_object");
        }
        ExtraBody.merge(body, request.extraBody(), false);
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        return post(endpoint, "/chat/completions", body);
    }

    @Override
    public LlmAnswer answer(JsonNode body) {
        JsonNode text = body.path("choices").path(0).path("message").path("content");
        return new LlmAnswer(text.isString() ? text.asString() : null, usage(body.path("usage")));
    }

    @Override
    public Piece piece(String event, JsonNode data) {
        JsonNode content = data.path("choices").path(0).path("delta").path("content");
        return new Piece(content.isString() ? content.asString() : "", usage(data.path("usage")), false);
    }

    @Override
    public boolean endsAtEof() {
        return false;
    }

    @Override
    public HttpRequest.Builder embed(LlmEndpoint endpoint, String model, List<String> texts) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        texts.forEach(body.putArray("input")::add);
        return post(endpoint, "/embeddings", body);
    }

    @Override
    public List<float[]> vectors(JsonNode body) {
        JsonNode data = body.path("data");
        if (!data.isArray()) {
            return null;
        }
        float[][] ordered = new float[data.size()][];
        for (JsonNode item : data) {
            int index = item.path("index").asInt(-1);
            if (index < 0 || index >= ordered.length || !item.path("embedding").isArray()) {
                return null;
            }
            ordered[index] = WireProtocol.floats(item.path("embedding"));
        }
        return new ArrayList<>(List.of(ordered));
    }

    private static LlmUsage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return LlmUsage.UNKNOWN;
        }
        return new LlmUsage(WireProtocol.intOrNull(usage.get("prompt_tokens")),
                WireProtocol.intOrNull(usage.get("completion_tokens")));
    }

    private static HttpRequest.Builder post(LlmEndpoint endpoint, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (endpoint.apiKey() != null) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return request;
    }
}
