package dev.keel.integrations.llm;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One completion's parameters. Null temperature, maxTokens, topP or seed leave the provider's default (Anthropic
 * requires max_tokens: 1024 when unset). json asks for one JSON object (OpenAI response_format, Gemini
 * responseMimeType; Anthropic has no such switch, so a system line asks for it). timeout bounds the whole call,
 * stream included. extraBody holds further provider fields (e.g. top_k, frequency_penalty, passthrough fields),
 * merged last into the request body (Gemini: into generationConfig, keys camel-cased), so they win over the typed
 * fields; values must be JSON-writable (numbers, strings, booleans, lists, maps). Default: none.
 */
public record LlmRequest(String model, List<LlmMessage> messages, Double temperature, Integer maxTokens, Double topP,
                         List<String> stop, Integer seed, boolean json, Duration timeout,
                         Map<String, Object> extraBody) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public LlmRequest {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is required");
        }
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("at least one message is required");
        }
        messages = List.copyOf(messages);
        stop = stop == null ? List.of() : List.copyOf(stop);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        extraBody = extraBody == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
    }

    public LlmRequest(String model, List<LlmMessage> messages, Double temperature, Integer maxTokens, Double topP,
                      List<String> stop, Integer seed, boolean json, Duration timeout) {
        this(model, messages, temperature, maxTokens, topP, stop, seed, json, timeout, Map.of());
    }

    /** A JSON-mode call with temperature 0: what the product features use. */
    public static LlmRequest json(String model, List<LlmMessage> messages, Duration timeout) {
        return new LlmRequest(model, messages, 0.0, null, null, null, null, true, timeout);
    }

    /** A plain text call with the provider's defaults. */
    public static LlmRequest text(String model, List<LlmMessage> messages) {
        return new LlmRequest(model, messages, null, null, null, null, null, false, null);
    }

    public LlmRequest withTemperature(Double value) {
        return new LlmRequest(model, messages, value, maxTokens, topP, stop, seed, json, timeout, extraBody);
    }

    public LlmRequest withMaxTokens(Integer value) {
        return new LlmRequest(model, messages, temperature, value, topP, stop, seed, json, timeout, extraBody);
    }

    public LlmRequest withTimeout(Duration value) {
        return new LlmRequest(model, messages, temperature, maxTokens, topP, stop, seed, json, value, extraBody);
    }

    public LlmRequest withExtraBody(Map<String, Object> value) {
        return new LlmRequest(model, messages, temperature, maxTokens, topP, stop, seed, json, timeout, value);
    }
}
