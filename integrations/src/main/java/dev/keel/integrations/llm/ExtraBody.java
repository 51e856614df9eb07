package dev.keel.integrations.llm;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges a request's {@link LlmRequest#extraBody()} into a provider body. Extra fields win over the typed ones, but
 * never replace what makes the call itself (model, messages, streaming): those stay under the gateway's control.
 */
final class ExtraBody {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RESERVED = Set.of("model", "messages", "stream", "stream_options", "contents",
            "system", "systemInstruction", "system_instruction");

    private ExtraBody() {
    }

    static void merge(ObjectNode target, Map<String, Object> extra, boolean camelCase) {
        extra.forEach((name, value) -> {
            String key = camelCase ? camel(name) : name;
            if (!RESERVED.contains(name) && !RESERVED.contains(key)) {
                target.set(key, JSON.valueToTree(value));
            }
        });
    }

    /** top_k -> topK, frequency_penalty -> frequencyPenalty (Gemini's generationConfig spelling). */
    static String camel(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
