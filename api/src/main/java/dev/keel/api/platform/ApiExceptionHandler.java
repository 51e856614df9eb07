package dev.keel.api.platform;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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
    ResponseEntity<ErrorBody> api(ApiException e) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return builder.body(new ErrorBody(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Required request body is missing")) {
            return of(HttpStatus.UNPROCESSABLE_CONTENT, "Request body is required");
        }
        if (message.contains("JSON parse error") && !message.contains("Cannot deserialize")
                && !message.contains("Cannot coerce") && !message.contains("Cannot construct")) {
            return of(HttpStatus.BAD_REQUEST, "Malformed JSON body");
        }
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request body: a field has the wrong type or format");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        return of(HttpStatus.UNPROCESSABLE_CONTENT, error
                .map(f -> JsonNames.snake(f.getField()) + ": " + f.getDefaultMessage())
                .orElse("Invalid request body"));
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    ResponseEntity<ErrorBody> invalidParameter(Exception e) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request parameter");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, e.getName() + ": invalid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, e.getParameterName() + ": field required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ErrorBody> missingHeader(MissingRequestHeaderException e) {
        return of(HttpStatus.UNAUTHORIZED, "Missing header " + e.getHeaderName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type " + e.getContentType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return of(HttpStatus.NOT_ACCEPTABLE, "Not acceptable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
        return of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noResource(NoResourceFoundException e) {
        return of(HttpStatus.NOT_FOUND, "Not found");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "Upload too large");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorBody> multipart(MultipartException e) {
        return of(HttpStatus.BAD_REQUEST, "Malformed multipart body");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        LOG.error("Unhandled error", e);
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
    }

    private static ResponseEntity<ErrorBody> of(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(new ErrorBody(detail));
    }
}
