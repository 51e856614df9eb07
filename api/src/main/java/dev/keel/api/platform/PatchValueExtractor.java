package dev.keel.api.platform;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/** Lets Bean Validation check the value inside a {@link Patch}: {@code Patch<@Size(max = 200) String>}. */
@UnwrapByDefault
public class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {
    @Override
    public void extractValues(Patch<?> originalValue, ValueReceiver receiver) {
        if (originalValue != null && originalValue.isPresent()) {
            receiver.value(null, originalValue.value());
        }
    }
}
