package dev.keel.api.settings;

import dev.keel.platform.runtime.DatabasePoolSettings;
import dev.keel.platform.runtime.InfrastructureSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every environment variable the YAML files read, with its type, default and constraints taken from the settings
 * record that binds it (or, for Spring's own properties, from the YAML fallback): the source of the table in
 * docs/CONFIGURATION.md.
 */
final class SettingsTable {
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*)(?::(.*))?}$");
    private static final List<String> FILES = List.of("keel-common.yml", "application.yml");

    /** One variable: property is where YAML maps it; type, default and constraints as the record declares them. */
    record Row(String variable, String property, String type, String defaultValue, String constraints) {
    }

    private SettingsTable() {
    }

    static Map<String, Row> rows() {
        Map<String, Class<?>> records = records();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String file : FILES) {
            for (Map.Entry<String, String> mapped : placeholders(file).entrySet()) {
                Matcher placeholder = PLACEHOLDER.matcher(mapped.getValue());
                if (!placeholder.matches() || rows.containsKey(placeholder.group(1))) {
                    continue;
                }
                String fallback = placeholder.group(2) == null ? "" : placeholder.group(2);
                rows.put(placeholder.group(1), row(placeholder.group(1), mapped.getKey(), fallback, records));
            }
        }
        return rows;
    }

    private static Row row(String variable, String property, String fallback, Map<String, Class<?>> records) {
        String prefix = records.keySet().stream().filter(p -> property.startsWith(p + "."))
                .filter(p -> !property.substring(p.length() + 1).contains("."))
                .findFirst().orElse(null);
        if (prefix == null) {
            String guessed = fallback.matches("true|false") ? "boolean" : fallback.matches("\\d+") ? "integer"
                    : fallback.matches("\\d+[KMG]?B") ? "size" : "text";
            return new Row(variable, property, guessed, fallback.isEmpty() ? "unset" : fallback, "");
        }
        Class<?> type = records.get(prefix);
        String field = camel(property.substring(prefix.length() + 1));
        RecordComponent[] components = type.getRecordComponents();
        Parameter[] parameters;
        try {
            parameters = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
                String defaultValue = value != null ? String.join(",", value.value())
                        : fallback.startsWith("${") ? "by role" : fallback.isEmpty() ? "unset" : fallback;
                return new Row(variable, property, typeName(components[i].getType()), defaultValue,
                        constraints(parameters[i]));
            }
        }
        throw new IllegalStateException(property + " has no component " + field + " in " + type.getSimpleName());
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase())
                    .collect(Collectors.joining(" \\| "));
        }
        return switch (type.getSimpleName()) {
            case "Integer", "Long" -> "integer";
            case "Double" -> "number";
            case "Boolean" -> "boolean";
            case "Duration" -> "duration";
            case "Path" -> "path";
            default -> "text";
        };
    }

    private static String constraints(Parameter parameter) {
        List<String> found = new ArrayList<>();
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getSimpleName();
            switch (name) {
                case "Positive" -> found.add("> 0");
                case "PositiveOrZero" -> found.add(">= 0");
                case "Min" -> found.add(">= " + ((jakarta.validation.constraints.Min) annotation).value());
                case "Max" -> found.add("<= " + ((jakarta.validation.constraints.Max) annotation).value());
                case "DecimalMin" -> found.add(">= " + ((jakarta.validation.constraints.DecimalMin) annotation).value());
                case "DecimalMax" -> found.add("<= " + ((jakarta.validation.constraints.DecimalMax) annotation).value());
                case "DurationMin" -> found.add("positive");
                case "Pattern" -> found.add(((jakarta.validation.constraints.Pattern) annotation).message()
                        .replace("expected ", ""));
                default -> {
                }
            }
        }
        return String.join(", ", found);
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** Keel's settings records by prefix, longest prefix first; the two bound before the context by hand. */
    private static Map<String, Class<?>> records() {
        Map<String, Class<?>> records = new java.util.TreeMap<>((a, b) -> b.length() != a.length()
                ? b.length() - a.length() : a.compareTo(b));
        records.put("keel.infrastructure", InfrastructureSettings.class);
        records.put("spring.datasource.hikari", DatabasePoolSettings.class);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.keel")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isRecord()) {
                    ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
                    records.put(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }

    /** Property name to raw value (placeholders unresolved) of one YAML file on the classpath. */
    private static Map<String, String> placeholders(String file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                EnumerablePropertySource<?> yml = (EnumerablePropertySource<?>) source;
                for (String name : yml.getPropertyNames()) {
                    values.put(name, String.valueOf(yml.getProperty(name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
