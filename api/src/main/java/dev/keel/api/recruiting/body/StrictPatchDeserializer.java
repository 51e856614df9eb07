package dev.keel.api.recruiting.body;

import dev.keel.api.platform.Patch;
import dev.keel.api.platform.PatchDeserializer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;

/**
 * Reads a {@link Patch} of String, Integer, Long, Boolean or List&lt;String&gt; with the coercions of the original
 * product's Pydantic models, no more: an integer also from a numeric string ("160000") or a whole float (2.0), never
 * from 1.5, "", true or a number out of range; a string only from a string; a boolean only from true/false; a list
 * only of strings. Anything else is the same MismatchedInputException Jackson raises for a wrong type (a 422).
 */
class StrictPatchDeserializer extends PatchDeserializer {
    private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d{1,19}\\s*");

    StrictPatchDeserializer() {
        this(null);
    }

    private StrictPatchDeserializer(JavaType content) {
        super(content);
    }

    @Override
    protected PatchDeserializer forValueType(JavaType type) {
        return new StrictPatchDeserializer(type);
    }

    @Override
    public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) {
        JavaType content = valueType();
        Class<?> raw = content.getRawClass();
        JsonToken token = p.currentToken();
        if (raw == String.class) {
            return token == JsonToken.VALUE_STRING ? Patch.of(p.getString()) : wrongType(p, ctxt);
        }
        if (raw == Integer.class || raw == Long.class) {
            Long value = integer(p, token);
            if (value == null || raw == Integer.class && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                return wrongType(p, ctxt);
            }
            return Patch.of(raw == Integer.class ? (Object) value.intValue() : value);
        }
        if (raw == Boolean.class) {
            return token.isBoolean() ? Patch.of(p.getBooleanValue()) : wrongType(p, ctxt);
        }
        if (List.class.isAssignableFrom(raw) && content.containedType(0) != null
                && content.containedType(0).getRawClass() == String.class) {
            return strings(p, ctxt);
        }
        return Patch.of(ctxt.readValue(p, content));
    }

    private static Long integer(JsonParser p, JsonToken token) {
        try {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal number = p.getDecimalValue();
                return number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
            }
            if (token == JsonToken.VALUE_STRING && INTEGER.matcher(p.getString()).matches()) {
                return Long.parseLong(p.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private Patch<?> strings(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return wrongType(p, ctxt);
        }
        List<String> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                return wrongType(p, ctxt);
            }
            values.add(p.getString());
        }
        return Patch.of(values);
    }

    private Patch<?> wrongType(JsonParser p, DeserializationContext ctxt) {
        return (Patch<?>) ctxt.handleUnexpectedToken(valueType(), p);
    }
}
