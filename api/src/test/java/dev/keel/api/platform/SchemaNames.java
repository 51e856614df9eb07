package dev.keel.api.platform;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * springdoc names a schema after the record's simple class name, so two records with one name share one
 * schema and one endpoint is documented with the other's shape. Finds such names among Keel's request and
 * response records, reachable from the handler methods.
 */
final class SchemaNames {
    private SchemaNames() {
    }

    static Map<String, Set<String>> duplicates(RequestMappingHandlerMapping mapping) {
        Set<Class<?>> records = new HashSet<>();
        for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
            if (!handler.getBeanType().getName().startsWith("dev.keel.")) {
                continue;
            }
            Method method = handler.getMethod();
            collect(method.getGenericReturnType(), records);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), records);
                }
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        records.forEach(r -> byName.computeIfAbsent(r.getSimpleName(), n -> new TreeSet<>()).add(r.getName()));
        byName.values().removeIf(classes -> classes.size() < 2);
        return byName;
    }

    private static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), records);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith("dev.keel.")
                && records.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        } else if (type instanceof Class<?> c && c.isArray()) {
            collect(c.getComponentType(), records);
        }
    }
}
