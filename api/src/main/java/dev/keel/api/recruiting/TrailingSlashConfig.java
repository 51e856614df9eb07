package dev.keel.api.recruiting;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * The original recruiting app (FastAPI/Starlette) answers a request to a route with a trailing slash, such as
 * {@code GET /api/v1/jobs/}, with a 307 redirect to the route without it (method, body and query kept); Keel does
 * the same for the recruiting routes. Runs after the authentication gate, so a redirect is only given to a caller
 * who may follow it.
 */
@Configuration
public class TrailingSlashConfig {
    static final String[] ROUTES = {"/api/v1/jobs/**", "/api/v1/candidates/**", "/api/v1/applications/**",
            "/api/v1/matching/**", "/api/v1/agent/**"};

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> recruitingTrailingSlash() {
        var registration = new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler(ROUTES)
                .redirect(HttpStatus.TEMPORARY_REDIRECT).build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
