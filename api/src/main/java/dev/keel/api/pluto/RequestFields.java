package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import tools.jackson.databind.JsonNode;

/** Reads the JSON bodies of the room, realtime and interview endpoints; wrong types and sizes are 422s. */
final class RequestFields {
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_TEXT_CHARS = 20_000;

    private final JsonNode body;

    RequestFields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        this.body = body;
    }

    /** A non-blank string of at most max characters, stripped. */
    String required(String name, int max) {
        String value = optional(name, max);
        if (value == null || value.isBlank()) {
            throw ApiException.unprocessable(name + ": a non-blank string is required");
        }
        return value;
    }

    /** A string of at most max characters, stripped; absent or null is null. */
    String optional(String name, int max) {
        JsonNode node = body.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApiException.unprocessable(name + ": must be a string");
        }
        String value = node.asString().strip();
        if (value.length() > max) {
            throw ApiException.unprocessable(name + ": at most " + max + " characters");
        }
        return value;
    }

    boolean bool(String name, boolean fallback) {
        JsonNode node = body.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw ApiException.unprocessable(name + ": must be a boolean");
        }
        return node.booleanValue();
    }
}
