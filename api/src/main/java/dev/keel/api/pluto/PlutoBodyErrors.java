package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.JsonErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Unreadable bodies of the Pluto controllers, answered naming the field: a wrong JSON type is
 * {@code "<field>: must be a string"} (422), a body that is not an object {@code "Request body must be a JSON
 * object"} (422), and a check a request record makes while it is built (an ApiException, e.g. 413 for an over-long
 * text) keeps its own status and detail. Malformed JSON stays 400, a missing body 422, as everywhere else.
 */
@RestControllerAdvice(basePackageClasses = PlutoBodyErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlutoBodyErrors {
    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletResponse response) throws IOException {
        ApiException api = cause(e, ApiException.class);
        if (api != null) {
            if (api.retryAfterSeconds() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, api.retryAfterSeconds());
            }
            write(response, api.status(), api.getMessage());
            return;
        }
        MismatchedInputException mismatch = cause(e, MismatchedInputException.class);
        if (mismatch != null) {
            write(response, HttpStatus.UNPROCESSABLE_CONTENT, mismatch.getPath().isEmpty()
                    ? "Request body must be a JSON object"
                    : path(mismatch) + ": must be " + kind(mismatch.getTargetType()));
        } else if (String.valueOf(e.getMessage()).contains("Required request body is missing")) {
            write(response, HttpStatus.UNPROCESSABLE_CONTENT, "Request body is required");
        } else if (cause(e, StreamReadException.class) != null) {
            write(response, HttpStatus.BAD_REQUEST, "Malformed JSON body");
        } else {
            write(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "Invalid request body: a field has the wrong type or format");
        }
    }

    public static String path(MismatchedInputException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    public static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
            JsonErrors.write(response, status.value(), detail);
        }
    }
}
