package dev.keel.integrations.llm;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic Messages API: POST /messages with x-api-key and anthropic-version; streaming events message_start
 * (input tokens), content_block_delta (text_delta), message_delta (output tokens), message_stop, error.
 * No JSON switch and no embeddings.
 */
final class AnthropicProtocol implements WireProtocol {
    static final String VERSION = "2023-06-01";
    static final int DEFAULT_MAX_TOKENS = 1024;
    static final String JSON_INSTRUCTION = "Answer with one JSON object and nothing else.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "Anthropic";
    }

    @Override
    public HttpRequest.Builder chat(LlmEndpoint endpoint, LlmRequest request, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", request.model());
        body.put("max_tokens", request.maxTokens() != null ? request.maxTokens() : DEFAULT_MAX_TOKENS);
        StringBuilder system = new StringBuilder();
        ArrayNode messages = body.putArray("messages");
        for (LlmMessage m : request.messages()) {
            if (m.role() == LlmMessage.Role.SYSTEM) {
                system.append(system.isEmpty() ? "" : "\n\n").append(m.content());
            } else {
                messages.addObject().put("role", m.role() == LlmMessage.Role.USER ? "user" : "assistant")
                        .put("content", m.content());
            }
        }
        if (request.json()) {
            system.append(system.isEmpty() ? "" : "\n\n").append(JSON_INSTRUCTION);
        }
        if (!system.isEmpty()) {
            body.put("system", system.toString());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.put("top_p", request.topP());
        }
        if (!request.stop().isEmpty()) {
            request.stop().forEach(body.putArray("stop_sequences")::add);
        }
        ExtraBody.merge(body, request.extraBody(), false);
        if (stream) {
            body.put("stream", true);
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/messages"))
                .header("Content-Type", "application/json")
                .header("anthropic-version", VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (endpoint.apiKey() != null) {
            http.header("x-api-key", endpoint.apiKey());
        }
        return http;
    }

    @Override
    public LlmAnswer answer(JsonNode body) {
        JsonNode content = body.path("content");
        String text = null;
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asString("")) && block.path("text").isString()) {
                text = (text == null ? "" : text) + block.path("text").asString();
            }
        }
        return new LlmAnswer(text, usage(body.path("usage")));
    }

    @Override
    public Piece piece(String event, JsonNode data) {
        String type = event != null ? event : data.path("type").asString("");
        return switch (type) {
            case "message_start" -> new Piece("", usage(data.path("message").path("usage")), false);
            case "content_block_delta" -> {
                JsonNode text = data.path("delta").path("text");
                yield new Piece(text.isString() ? text.asString() : "", LlmUsage.UNKNOWN, false);
            }
            case "message_delta" -> new Piece("", usage(data.path("usage")), false);
            case "message_stop" -> new Piece("", LlmUsage.UNKNOWN, true);
            case "error" -> throw streamError(data.path("error"));
            default -> Piece.NOTHING; // ping, content_block_start/stop
        };
    }

    @Override
    public boolean endsAtEof() {
        return false;
    }

    @Override
    public HttpRequest.Builder embed(LlmEndpoint endpoint, String model, List<String> texts) {
        throw new LlmException(LlmException.Kind.BAD_REQUEST, "Anthropic offers no embeddings API");
    }

    @Override
    public List<float[]> vectors(JsonNode body) {
        return null;
    }

    private static LlmException streamError(JsonNode error) {
        String type = error.path("type").asString("");
        String message = "Anthropic stream failed (" + type + "): " + error.path("message").asString("");
        boolean busy = type.equals("overloaded_error") || type.equals("rate_limit_error");
        return new LlmException(busy ? LlmException.Kind.RATE_LIMITED : LlmException.Kind.SERVER_ERROR, message);
    }

    private static LlmUsage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return LlmUsage.UNKNOWN;
        }
        return new LlmUsage(WireProtocol.intOrNull(usage.get("input_tokens")),
                WireProtocol.intOrNull(usage.get("output_tokens")));
    }
}
