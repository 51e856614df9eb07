package dev.keel.api.recruiting.body;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A plain string field read as Pydantic reads {@code str}: a number or boolean is the usual 422, not coerced to text.
 * (The same as the platform's StrictString of issue 9; one of the two can go once both have landed.)
 */
public class StrictText extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
