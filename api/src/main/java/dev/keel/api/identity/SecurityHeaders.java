package dev.keel.api.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Security headers on every response. A Tomcat valve rather than a servlet filter, so that they are set before any
 * filter runs and also reach responses that a filter writes itself (401 from the gate, 413 from the size limit).
 * The CSP allows what Swagger UI at /docs needs and nothing else: same-origin scripts, inline styles, data: images.
 * HSTS only when the request came over TLS (directly, or as a trusted proxy reports it).
 */
@Component
public class SecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new Valve());
    }

    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    static final class Valve extends ValveBase {
        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            apply(response, request.isSecure());
            getNext().invoke(request, response);
        }
    }
}
