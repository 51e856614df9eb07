package dev.keel.platform.settings;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Binds and validates a settings record before the application context exists (where {@code @ConfigurationProperties}
 * beans are not available yet), so early settings have their types, defaults and constraints in one record too.
 * A bad value throws the same BindException a bean would, and {@link InvalidSettingFailureAnalyzer} reports it.
 */
public final class ValidatedBinder {
    private static ValidatorFactory factory;

    private ValidatedBinder() {
    }

    public static <T> T bind(Environment environment, String prefix, Class<T> type) {
        ValidationBindHandler validation = new ValidationBindHandler(
                new BlankMeansUnset(BindHandler.DEFAULT), new SpringValidatorAdapter(validators().getValidator()));
        return Binder.get(environment).bindOrCreate(prefix, Bindable.of(type), validation);
    }

    private static synchronized ValidatorFactory validators() {
        if (factory == null) {
            factory = Validation.buildDefaultValidatorFactory();
        }
        return factory;
    }
}
