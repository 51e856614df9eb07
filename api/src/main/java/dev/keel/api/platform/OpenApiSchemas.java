package dev.keel.api.platform;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.keel.api.identity.Caller;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Set;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How records become schemas. swagger-core introspects with its own Jackson 2 mapper, so the wire's
 * snake_case strategy ({@code spring.jackson.property-naming-strategy}) is set on it here too.
 */
@Configuration
public class OpenApiSchemas {
    private static final Set<String> NOT_NULL = Set.of("NotNull", "NotBlank", "NotEmpty");

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Caller.class)
                .replaceWithSchema(JsonNode.class, new ObjectSchema().description("Free-form JSON"))
                .replaceWithSchema(ObjectNode.class, new ObjectSchema().description("Free-form JSON object"))
                .replaceWithSchema(ArrayNode.class, new Schema<>().type("array").items(new Schema<>()));
    }

    /** Runs last in the converter chain (registered first), where swagger-core's default resolver would. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    ModelConverter patchAndAnyValue() {
        return new PatchAndAnyConverter();
    }

    /**
     * Jackson writes null reference fields, so a reference-typed property is nullable unless it carries
     * {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} or {@code @Schema(requiredMode = REQUIRED)}.
     */
    @Bean
    PropertyCustomizer nullableReferences() {
        return (property, type) -> {
            if (property == null || isPrimitive(type) || declaredNotNull(type)) {
                return property;
            }
            return nullable(property);
        };
    }

    static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new ComposedSchema().addAllOfItem(new Schema<>().$ref(property.get$ref())).nullable(true);
        }
        return property.nullable(true);
    }

    private static boolean isPrimitive(AnnotatedType type) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        return javaType.isPrimitive();
    }

    private static boolean declaredNotNull(AnnotatedType type) {
        if (type.getCtxAnnotations() == null) {
            return false;
        }
        for (Annotation a : type.getCtxAnnotations()) {
            if (NOT_NULL.contains(a.annotationType().getSimpleName())) {
                return true;
            }
            if (a instanceof io.swagger.v3.oas.annotations.media.Schema s
                    && (s.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED
                    || s.nullable())) {
                return !s.nullable();
            }
        }
        return false;
    }

    /**
     * {@code Patch<T>} is documented as T (nullable by the rule above); {@code Object} (a map's values) as any
     * JSON value, not as an object (springdoc's replaceWithSchema would make every replacement an object).
     */
    static final class PatchAndAnyConverter implements ModelConverter {
        @Override
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            if (!chain.hasNext()) {
                return null;
            }
            JavaType javaType = Json.mapper().constructType(type.getType());
            if (javaType.getRawClass() == Object.class) {
                return new Schema<>().description("Any JSON value");
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
}
