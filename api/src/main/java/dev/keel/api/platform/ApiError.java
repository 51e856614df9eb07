package dev.keel.api.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an error status a handler answers besides the common ones ({@link OpenApiOperations} adds those),
 * always with the {@code {"detail"}} body: {@code @ApiError(status = 409, description = "Already decided")}.
 * Unlike springdoc's {@code @ApiResponse}, it leaves the generated 2xx response in place.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ApiError.List.class)
public @interface ApiError {
    int status();

    String description();

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ApiError[] value();
    }
}
