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
 * cookie, the run event stream its stream ticket (public only when {@code ?ticket=} is present: EventSource cannot
 * send headers). HEAD is treated as GET.
 */
public final class PublicEndpoints {
    /** {@code requiredParameter}: the route is public only for requests that carry it (null: always). */
    public record Route(Set<String> methods, PathPattern pattern, String requiredParameter) {
        boolean matches(String method, PathContainer path, Set<String> parameters) {
            String m = "HEAD".equals(method) ? "GET" : method;
            return methods.contains(m) && pattern.matches(path)
                    && (requiredParameter == null || parameters.contains(requiredParameter));
        }
    }

    private static final Set<String> GET = Set.of("GET");
    private static final Set<String> POST = Set.of("POST");

    public static final List<Route> ROUTES = List.of(
            route(GET, "/health"),
            route(GET, "/healthz"),
            route(GET, "/robots.txt"),
            route(GET, "/sitemap.xml"),
            route(GET, "/actuator/health"),
            route(GET, "/actuator/health/**"),
            route(GET, "/api/auth/.well-known/jwks.json"),
            route(GET, "/"),
            route(GET, "/api/auth/key-status"),
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
            new Route(GET, PathPatternParser.defaultInstance.parse("/api/runs/{runId}/events"), "ticket"),
            route(GET, "/openapi.json"),
            route(GET, "/openapi.json/**"),
            route(GET, "/docs"),
            route(GET, "/docs/**"),
            route(GET, "/swagger-ui/**"));

    private PublicEndpoints() {
    }

    /** {@code parameters}: the names in the request's query string (raw, not decoded). */
    public static boolean isPublic(String method, String path, Set<String> parameters) {
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        } catch (IllegalArgumentException e) {
            return false; // a decoded path with a literal '%' that does not decode again: never a public route
        }
        return ROUTES.stream().anyMatch(r -> r.matches(method, container, parameters));
    }

    private static Route route(Set<String> methods, String pattern) {
        return new Route(methods, PathPatternParser.defaultInstance.parse(pattern), null);
    }
}
