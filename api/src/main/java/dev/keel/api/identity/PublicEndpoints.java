package dev.keel.api.identity;

import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The only routes answered without a Keel credential; everything else, including routes added later and routes
 * that do not exist, needs one ({@link AuthenticationFilter}). Each public route checks its own secret where it
 * has one: intake routes an intake token, the Telegram webhook its secret header, refresh and logout the refresh
 * cookie. HEAD is treated as GET.
 */
public final class PublicEndpoints {
    public record Route(Set<String> methods, PathPattern pattern) {
        boolean matches(String method, PathContainer path) {
            String m = "HEAD".equals(method) ? "GET" : method;
            return methods.contains(m) && pattern.matches(path);
        }
    }

    private static final Set<String> GET = Set.of("GET");
    private static final Set<String> POST = Set.of("POST");

    public static final List<Route> ROUTES = List.of(
            route(GET, "/health"),
            route(GET, "/healthz"),
            route(GET, "/actuator/health"),
            route(GET, "/actuator/health/**"),
            route(GET, "/api/auth/.well-known/jwks.json"),
            route(POST, "/api/auth/register"),
            route(POST, "/api/auth/login"),
            route(POST, "/api/auth/refresh"),
            route(POST, "/api/auth/logout"),
            route(POST, "/api/v1/auth/register"),
            route(POST, "/api/v1/auth/login"),
            route(GET, "/api/intake/{candidateId}/validate"),
            route(POST, "/api/intake/{candidateId}/submit"),
            route(POST, "/api/livekit/token"),
            route(POST, "/telegram/webhook"),
            route(GET, "/openapi.json"),
            route(GET, "/openapi.json/**"),
            route(GET, "/docs"),
            route(GET, "/docs/**"),
            route(GET, "/swagger-ui/**"));

    private PublicEndpoints() {
    }

    public static boolean isPublic(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return ROUTES.stream().anyMatch(r -> r.matches(method, container));
    }

    private static Route route(Set<String> methods, String pattern) {
        return new Route(methods, PathPatternParser.defaultInstance.parse(pattern));
    }
}
