package dev.keel.api.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses NUL characters in multipart text fields and the query string of a multipart request. */
final class MultipartParameterCheck implements HandlerInterceptor {

    static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!isMultipart(request)) {
            return true;
        }
        String problem = ParameterText.problem(request.getParameterMap());
        if (problem != null) {
            JsonErrors.write(response, 400, problem);
            return false;
        }
        return true;
    }
}
