package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Reads Pluto request bodies: wrong types and blank required fields are 422s, over-long texts 413s. */
final class PlutoBody {
    /** Job descriptions, resumes, company and briefing context. */
    static final int MAX_DOCUMENT_CHARS = 50_000;
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final JsonNode body;

    PlutoBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        this.body = body;
    }

    JsonNode node(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** A non-blank string of at most maxChars characters. */
    String required(String name, int maxChars) {
        String value = optional(name, maxChars);
        if (value == null || value.isBlank()) {
            throw ApiException.unprocessable(name + ": field required (a non-blank string)");
        }
        return value;
    }

    /** A string of at most maxChars characters; absent, null or blank is null. */
    String optional(String name, int maxChars) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            throw ApiException.unprocessable(name + ": must be a string");
        }
        return bounded(name, node.stringValue(), maxChars);
    }

    static String bounded(String name, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                    name + ": longer than " + maxChars + " characters");
        }
        return value.isBlank() ? null : value;
    }

    /** Room names become part of workflow ids: letters, digits, '.', '_' and '-', at most 128. */
    static String room(String roomName) {
        if (roomName == null || !ROOM.matcher(roomName).matches()) {
            throw ApiException.unprocessable("room_name: use 1-128 letters, digits, '.', '_' or '-'");
        }
        return roomName;
    }
}
