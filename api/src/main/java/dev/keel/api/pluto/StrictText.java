package dev.keel.api.pluto;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import dev.keel.api.platform.StrictString;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Short for {@code @JsonDeserialize(using = StrictString.class)}: only a JSON string fills the field (Jackson would
 * turn 42 into "42"; the original, pydantic, refuses it), else 422 {@code "<field>: must be a string"}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonDeserialize(using = StrictString.class)
public @interface StrictText {
}
