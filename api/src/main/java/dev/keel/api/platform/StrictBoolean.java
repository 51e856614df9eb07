package dev.keel.api.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A boolean field that refuses {@code "true"}, {@code 1} and the like (Jackson would coerce them), for decisions
 * that must be explicit: {@code @JsonDeserialize(using = StrictBoolean.class) Boolean approved}.
 */
public class StrictBoolean extends ValueDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }
}
