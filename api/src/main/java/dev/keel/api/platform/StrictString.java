package dev.keel.api.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A string field that refuses numbers and booleans (Jackson would coerce {@code 5} to {@code "5"}); a wrong
 * type is the usual 422. Use: {@code @JsonDeserialize(using = StrictString.class) String runId}.
 */
public class StrictString extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
