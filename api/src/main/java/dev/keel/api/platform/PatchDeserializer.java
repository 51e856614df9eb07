package dev.keel.api.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link Patch} with the wrapped type's own deserializer; null and absent map to their patches. A stricter
 * reader extends it and overrides {@link #deserialize} and {@link #forValueType}.
 */
public class PatchDeserializer extends ValueDeserializer<Patch<?>> {
    private final JavaType valueType;

    public PatchDeserializer() {
        this(null);
    }

    protected PatchDeserializer(JavaType valueType) {
        this.valueType = valueType;
    }

    /** The type inside the Patch, known once contextualised. */
    protected JavaType valueType() {
        return valueType;
    }

    /** This reader for the given type inside the Patch. */
    protected PatchDeserializer forValueType(JavaType type) {
        return new PatchDeserializer(type);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType type = property != null ? property.getType() : ctxt.getContextualType();
        JavaType contained = type == null ? null : type.containedType(0);
        return forValueType(contained != null ? contained : ctxt.constructType(Object.class));
    }

    @Override
    public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) {
        return Patch.of(ctxt.readValue(p, valueType));
    }

    @Override
    public Patch<?> getNullValue(DeserializationContext ctxt) {
        return Patch.of(null);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Patch.absent();
    }
}
