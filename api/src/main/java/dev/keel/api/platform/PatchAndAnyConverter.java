package dev.keel.api.platform;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * {@code Patch<T>} is documented as T (nullable by {@link OpenApiSchemas}' rule); {@code Object} (a map's values) as any
 * JSON value, not as an object (springdoc's replaceWithSchema would make every replacement an object).
 */
final class PatchAndAnyConverter implements ModelConverter {
    static final String ANY_VALUE = "Any JSON value";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType.getRawClass() == Object.class) {
            return new Schema<>().description(ANY_VALUE);
        }
        if (javaType.getRawClass() == Patch.class && javaType.containedTypeCount() == 1) {
            AnnotatedType inner = new AnnotatedType(javaType.containedType(0))
                    .ctxAnnotations(type.getCtxAnnotations()).parent(type.getParent())
                    .propertyName(type.getPropertyName()).schemaProperty(type.isSchemaProperty())
                    .resolveAsRef(type.isResolveAsRef()).jsonViewAnnotation(type.getJsonViewAnnotation())
                    .skipOverride(true);
            return chain.next().resolve(inner, context, chain);
        }
        return chain.next().resolve(type, context, chain);
    }
}
