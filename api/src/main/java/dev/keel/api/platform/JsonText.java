package dev.keel.api.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text rule for JSON bodies: no string or property name may hold a NUL character (PostgreSQL cannot store
 * it) or a lone UTF-16 surrogate (it would be stored as {@code ?}). Checked on Jackson's token stream, so it
 * holds for every body whatever type it binds to (records, maps, JsonNode).
 */
final class JsonText {
    private JsonText() {
    }

    /** The detail to answer 422 with, or null when the text is acceptable or the body is not well-formed JSON. */
    static String problem(JsonMapper mapper, byte[] body) {
        try (JsonParser parser = mapper.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
                    String problem = problem(parser.getString());
                    if (problem != null) {
                        String where = token == JsonToken.PROPERTY_NAME ? "a property name" : nearestName(parser);
                        return where + ": " + problem;
                    }
                }
            }
        } catch (JacksonException malformed) {
            // Left to the message converter, which answers it as a malformed body.
        }
        return null;
    }

    /** The property the string belongs to, looking through enclosing arrays ({@code "tags": ["..."]}). */
    private static String nearestName(JsonParser parser) {
        for (TokenStreamContext context = parser.streamReadContext(); context != null;
                context = context.getParent()) {
            if (context.currentName() != null) {
                return context.currentName();
            }
        }
        return "a string";
    }

    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone UTF-16 surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone UTF-16 surrogate";
            }
        }
        return null;
    }
}
