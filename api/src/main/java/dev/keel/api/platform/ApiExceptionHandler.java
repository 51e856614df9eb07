package dev.keel.api.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure to {@code {"detail": ...}} with the right status; never a stack trace, never a 500 for bad input. */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    void api(ApiException e, HttpServletResponse response) throws IOException {
        if (e.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        of(response, e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletResponse response) throws IOException {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            bodyTooLarge(tooLarge, response);
            return;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Duplicate Object property")) {
            of(response, HttpStatus.BAD_REQUEST, "Malformed JSON body: a property appears twice in one object");
            return;
        }
        if (message.contains("Required request body is missing")) {
            of(response, HttpStatus.UNPROCESSABLE_CONTENT, "Request body is required");
            return;
        }
        if (message.contains("JSON parse error") && !message.contains("Cannot deserialize")
                && !message.contains("Cannot coerce") && !message.contains("Cannot construct")) {
            of(response, HttpStatus.BAD_REQUEST, "Malformed JSON body");
            return;
        }
        of(response, HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request body: a field has the wrong type or format");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    void invalid(MethodArgumentNotValidException e, HttpServletResponse response) throws IOException {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        of(response, HttpStatus.UNPROCESSABLE_CONTENT, error
                .map(f -> JsonNames.snake(f.getField()) + ": " + f.getDefaultMessage())
                .orElse("Invalid request body"));
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    void invalidParameter(Exception e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request parameter");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.UNPROCESSABLE_CONTENT, JsonNames.snake(e.getName()) + ": invalid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missingParameter(MissingServletRequestParameterException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.UNPROCESSABLE_CONTENT, e.getParameterName() + ": field required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    void missingHeader(MissingRequestHeaderException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.UNAUTHORIZED, "Missing header " + e.getHeaderName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void mediaType(HttpMediaTypeNotSupportedException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type " + e.getContentType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.NOT_ACCEPTABLE, "Not acceptable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpRequestMethodNotSupportedException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void noResource(NoResourceFoundException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.NOT_FOUND, "Not found");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.CONTENT_TOO_LARGE, "Upload too large");
    }

    @ExceptionHandler(MultipartException.class)
    void multipart(MultipartException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.BAD_REQUEST, "Malformed multipart body");
    }

    @ExceptionHandler(BodyTooLargeException.class)
    void bodyTooLarge(BodyTooLargeException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /** A malformed query string or form body met after the parameter filter (a multipart request's query). */
    @ExceptionHandler(InvalidParameterException.class)
    void invalidParameters(InvalidParameterException e, HttpServletResponse response) throws IOException {
        of(response, HttpStatus.BAD_REQUEST, "Malformed query string or form body");
    }

    /** The client went away (an SSE stream closed, a download aborted): nothing to answer, nothing to alarm. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientGone(Exception e) {
        LOG.debug("Client disconnected: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletResponse response) throws IOException {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            bodyTooLarge(tooLarge, response);
            return;
        }
        LOG.error("Unhandled error", e);
        of(response, HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
    }

    /** Written directly, not through content negotiation, so a client that accepts only SSE still gets it. */
    private static void of(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
            JsonErrors.write(response, status.value(), detail);
        }
    }
}
