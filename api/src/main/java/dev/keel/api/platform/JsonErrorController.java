package dev.keel.api.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside controllers (servlet container, filters) also answer {@code {"detail": ...}}. */
@RestController
public class JsonErrorController implements ErrorController {
    @RequestMapping("/error")
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Called directly, not forwarded by the container: there is no error to report.
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorBody("Not found"));
        }
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = status.is5xxServerError() ? "Internal server error" : status.getReasonPhrase();
        return ResponseEntity.status(status).body(new ErrorBody(detail));
    }
}
