package dev.keel.platform.settings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.Environment;

/**
 * The name a user set a property by: the environment variable a YAML placeholder reads
 * ({@code interval: ${KEEL_RECONCILE_INTERVAL:}} gives KEEL_RECONCILE_INTERVAL), the variable itself when it was set
 * directly, else the property name.
 */
final class SettingNames {
    private static final Pattern FIRST_PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)");

    private final Environment environment;

    SettingNames(Environment environment) {
        this.environment = environment;
    }

    String variable(ConfigurationPropertyName property) {
        if (environment != null) {
            for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
                ConfigurationProperty found = source.getConfigurationProperty(property);
                if (found != null) {
                    return variable(found, property);
                }
            }
        }
        return property.toString();
    }

    /** The value after placeholders, as the binder saw it. */
    Object resolved(Object raw) {
        if (raw instanceof String text && environment != null) {
            return environment.resolvePlaceholders(text);
        }
        return raw;
    }

    private static String variable(ConfigurationProperty found, ConfigurationPropertyName property) {
        if (found.getOrigin() instanceof SystemEnvironmentOrigin origin) {
            return origin.getProperty();
        }
        if (found.getValue() instanceof String raw) {
            Matcher placeholder = FIRST_PLACEHOLDER.matcher(raw.trim());
            if (placeholder.find()) {
                return placeholder.group(1);
            }
        }
        return property.toString();
    }
}
