package dev.keel.integrations.llm;

import java.net.http.HttpRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One provider's HTTP shape: how a call is written and how its answer, stream events and embeddings are read. */
interface WireProtocol {

    /** What one server-sent event of a stream said: text (maybe empty), usage so far, whether the stream is over. */
    record Piece(String text, LlmUsage usage, boolean end) {
        static final Piece NOTHING = new Piece("", LlmUsage.UNKNOWN, false);
    }

    String name();

    HttpRequest.Builder chat(LlmEndpoint endpoint, LlmRequest request, boolean stream);

    /** The text and usage of a complete answer; null text when the body has no content where the protocol puts it. */
    LlmAnswer answer(JsonNode body);

    /** One event of a stream (event is the SSE event name, null when the provider names none). */
    Piece piece(String event, JsonNode data);

    /** Whether a stream that ended without its terminator is still complete (Gemini has no terminator). */
    boolean endsAtEof();

    HttpRequest.Builder embed(LlmEndpoint endpoint, String model, List<String> texts);

    /** One vector per input text, in input order; null when the body is not the protocol's shape. */
    List<float[]> vectors(JsonNode body);

    static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }

    static Integer intOrNull(JsonNode node) {
        return node != null && node.isNumber() ? node.asInt() : null;
    }
}
