package dev.keel.platform.settings;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a setting that does not bind or does not validate into one line naming the environment variable and its
 * value, e.g. {@code Invalid setting KEEL_RECONCILE_INTERVAL=banana: expected a duration such as PT1M, 30s or
 * 500ms (keel.reconciler.interval)}. Runs before Boot's own analyzers, which print a table instead.
 */
public final class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {
    private final SettingNames names;

    public InvalidSettingFailureAnalyzer(Environment environment) {
        this.names = new SettingNames(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        return new FailureAnalysis(describe(cause), null, cause);
    }

    String describe(BindException failure) {
        if (failure.getCause() instanceof BindValidationException invalid) {
            return invalid.getValidationErrors().getAllErrors().stream()
                    .map(error -> describe(invalid.getValidationErrors().getName(), error))
                    .collect(Collectors.joining("; "));
        }
        ConfigurationPropertyName property = failure.getName();
        Object value = failure.getProperty() == null ? null : failure.getProperty().getValue();
        return line(property, names.resolved(value), expected(failure.getTarget().getType().resolve()));
    }

    private String describe(ConfigurationPropertyName prefix, ObjectError error) {
        if (error instanceof FieldError field) {
            ConfigurationPropertyName property = prefix.append(DataObjectPropertyName.toDashedForm(field.getField()));
            return line(property, field.getRejectedValue(), field.getDefaultMessage());
        }
        return "Invalid settings under " + names.variable(prefix) + ": " + error.getDefaultMessage();
    }

    private String line(ConfigurationPropertyName property, Object value, String problem) {
        String variable = names.variable(property);
        String where = variable.equals(property.toString()) ? "" : " (" + property + ")";
        return "Invalid setting " + variable + "=" + (value == null ? "" : value) + ": " + problem + where;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "not readable";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase()).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Duration" -> "expected a duration such as PT1M, 30s or 500ms";
            case "int", "Integer", "long", "Long" -> "expected a whole number";
            case "double", "Double" -> "expected a number";
            case "boolean", "Boolean" -> "expected true or false";
            case "DataSize" -> "expected a size such as 10MB";
            default -> "expected a " + type.getSimpleName();
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
