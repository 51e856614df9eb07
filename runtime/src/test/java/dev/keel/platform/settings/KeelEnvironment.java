package dev.keel.platform.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * An environment as a started Keel process sees it: keel-common.yml, the given environment variables (and nothing
 * of this JVM's real environment), and optionally plain properties such as an app's {@code keel.role}.
 */
public final class KeelEnvironment {
    private KeelEnvironment() {
    }

    /** The settings record under prefix, bound as at start from keel-common.yml and these variables. */
    public static <T> T bind(String prefix, Class<T> type, Map<String, String> variables) {
        return ValidatedBinder.bind(of(variables), prefix, type);
    }

    public static StandardEnvironment of(Map<String, String> variables) {
        return of(variables, Map.of());
    }

    public static StandardEnvironment of(Map<String, String> variables, Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        MutablePropertySources sources = env.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new MapPropertySource("test", new HashMap<>(properties)));
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(variables)));
        try {
            for (PropertySource<?> yml : new YamlPropertySourceLoader().load("keel-common.yml",
                    new ClassPathResource("keel-common.yml"))) {
                sources.addLast(yml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigurationPropertySources.attach(env);
        return env;
    }
}
