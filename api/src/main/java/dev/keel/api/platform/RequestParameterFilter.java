package dev.keel.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parses query and form parameters once, up front, so that a malformed query string or form body (empty name,
 * bad {@code %} escape, invalid UTF-8, over the form size limit) is a 400/413 here instead of an exception inside
 * whichever filter or controller reads a parameter first; and refuses NUL characters in any parameter.
 * Multipart parameters are checked after the multipart body is resolved ({@link MultipartParameterCheck}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!MultipartParameterCheck.isMultipart(request)) {
            String problem;
            try {
                problem = ParameterText.problem(request.getParameterMap());
            } catch (InvalidParameterException e) {
                int status = e.getErrorCode() == 413 ? 413 : 400;
                JsonErrors.write(response, status, status == 413 ? "Form body too large"
                        : "Malformed query string or form body (bad %-escape, invalid UTF-8 or empty name)");
                return;
            }
            if (problem != null) {
                JsonErrors.write(response, 400, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
