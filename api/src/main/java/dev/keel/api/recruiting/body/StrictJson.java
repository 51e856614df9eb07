package dev.keel.api.recruiting.body;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;

/** On a {@code Patch<T>} component: read it as the original's Pydantic model would ({@link StrictPatchDeserializer}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonDeserialize(using = StrictPatchDeserializer.class)
public @interface StrictJson {
}
