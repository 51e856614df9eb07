package dev.keel.api.recruiting;

import dev.keel.api.identity.AuthenticationFilter;
import dev.keel.api.identity.V1AuthController;
import dev.keel.api.identity.V1UserController;
import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.JsonErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * The authentication statuses of the seed-000 route family (/api/v1/...), as the original FastAPI app and its
 * frontend expect them (docs/recruiting-parity.md): a wrong password at /api/v1/auth/login is 400, a credential
 * that was presented but is invalid (bad signature, expired, revoked) is 403; a missing one stays 401. Every other
 * ApiException of these controllers is answered exactly as {@code ApiExceptionHandler} would. The other families
 * (/api/auth, Pluto, platform) keep 401 for both.
 */
@RestControllerAdvice(assignableTypes = {JobController.class, CandidateController.class, ApplicationController.class,
        MatchingController.class, AgentChatController.class, ChatRouterController.class, AgentIntakeController.class,
        V1AuthController.class, V1UserController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SeedAuthStatuses {
    @ExceptionHandler(ApiException.class)
    void api(ApiException e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (!response.isCommitted()) {
            response.resetBuffer();
            JsonErrors.write(response, status(e.status(), handler, request).value(), e.getMessage());
        }
    }

    static HttpStatus status(HttpStatus status, HandlerMethod handler, HttpServletRequest request) {
        if (status != HttpStatus.UNAUTHORIZED) {
            return status;
        }
        if (handler.getBeanType() == V1AuthController.class) {
            return HttpStatus.BAD_REQUEST;
        }
        return request.getAttribute(AuthenticationFilter.FAILURE) != null ? HttpStatus.FORBIDDEN : status;
    }
}
