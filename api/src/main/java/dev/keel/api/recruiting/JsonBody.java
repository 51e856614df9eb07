package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads create and PATCH bodies field by field so that an absent field keeps the current value while an
 * explicit null clears it; wrong JSON types are 422s naming the field.
 */
final class JsonBody {
    private final JsonNode body;

    JsonBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        this.body = body;
    }

    boolean has(String name) {
        return body.has(name);
    }

    String text(String name, String current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode node = body.get(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw wrongType(name, "a string");
        }
        return node.stringValue();
    }

    Integer integer(String name, Integer current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode node = body.get(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(name, "an integer");
        }
        return node.intValue();
    }

    long id(String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            throw ApiException.unprocessable(name + ": field required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(name, "an integer");
        }
        return node.longValue();
    }

    boolean bool(String name, boolean current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode node = body.get(name);
        if (!node.isBoolean()) {
            throw wrongType(name, "a boolean");
        }
        return node.booleanValue();
    }

    /** An explicit null clears the list. */
    List<String> strings(String name, List<String> current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode node = body.get(name);
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType(name, "a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw wrongType(name, "a list of strings");
            }
            values.add(item.stringValue());
        }
        return values;
    }

    private static ApiException wrongType(String name, String expected) {
        return ApiException.unprocessable(name + ": must be " + expected);
    }
}
