package dev.keel.platform.settings;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * keel-common.yml maps each variable with an empty fallback ({@code ${KEEL_DATA_DIR:}}) so that the default lives
 * only in the settings record; this makes an empty text under {@code keel.*} count as unset, so the record's
 * {@code @DefaultValue} applies to text settings as it already does to numbers, durations and enums.
 */
public final class BlankMeansUnset extends AbstractBindHandler {
    private static final ConfigurationPropertyName KEEL = ConfigurationPropertyName.of("keel");

    public BlankMeansUnset(BindHandler parent) {
        super(parent);
    }

    @Override
    public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
        if (KEEL.isAncestorOf(name) && result instanceof String text && text.isBlank()) {
            return null;
        }
        return super.onSuccess(name, target, context, result);
    }
}
