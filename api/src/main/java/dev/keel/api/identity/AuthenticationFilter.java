package dev.keel.api.identity;

import dev.keel.api.platform.JsonErrors;
import dev.keel.domain.identity.ApiKeyRepository;
import dev.keel.domain.identity.CliTokenRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The authentication gate, closed by default. Establishes the {@link Caller} from a Bearer token (access or CLI)
 * or an X-API-Key and answers 401 to every request without a valid credential unless its route is in
 * {@link PublicEndpoints} (403 under {@code /api/v1/} when a credential was sent and rejected, as the recruiting
 * seed says); it runs before the body is read or its content type is looked at. On a public route a
 * presented but invalid credential is left to the endpoint ({@code Caller.ATTRIBUTE + ".failure"}). Actuator
 * routes other than health (metrics) also need a platform admin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AuthenticationFilter extends OncePerRequestFilter {
    public static final String FAILURE = Caller.ATTRIBUTE + ".failure";
    static final String API_KEY_FAILURE = "Invalid or missing API key";
    static final String NOT_AUTHENTICATED = "Not authenticated";

    private final TokenService tokens;
    private final CliTokenRepository cliTokens;
    private final ApiKeyRepository apiKeys;
    private final ActiveAccounts accounts;
    private final AccessTokens accessTokens;

    public AuthenticationFilter(TokenService tokens, CliTokenRepository cliTokens, ApiKeyRepository apiKeys,
                                ActiveAccounts accounts, AccessTokens accessTokens) {
        this.tokens = tokens;
        this.cliTokens = cliTokens;
        this.apiKeys = apiKeys;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        String apiKey = request.getHeader("X-API-Key");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            fromBearer(request, authorization.substring(7).trim());
        } else if (apiKey != null) {
            fromApiKey(request, apiKey.trim());
        }
        String path = path(request);
        if (!PublicEndpoints.isPublic(request.getMethod(), path, queryParameters(request))) {
            if (!(request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller)) {
                Object failure = request.getAttribute(FAILURE);
                if (failure instanceof String s && path.startsWith("/api/v1/")) {
                    JsonErrors.write(response, 403, s); // the recruiting seed: a rejected token is 403
                    return;
                }
                response.setHeader("WWW-Authenticate", "Bearer");
                JsonErrors.write(response, 401, failure instanceof String s ? s : NOT_AUTHENTICATED);
                return;
            }
            if ((path.equals("/actuator") || path.startsWith("/actuator/")) && !caller.platformAdmin()) {
                JsonErrors.write(response, 403, "Actuator endpoints other than health need a platform admin");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The path as routed: decoded, normalized, without path parameters or the context path. */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    /** Names in the query string only: reading form parameters would read the body before authentication. */
    private static Set<String> queryParameters(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? pair : pair.substring(0, eq));
        }
        return names;
    }

    private void fromBearer(HttpServletRequest request, String token) {
        try {
            TokenClaims claims = tokens.verify(token);
            boolean cli = TokenClaims.CLI.equals(claims.type());
            if (cli && (claims.jti() == null || !cliTokens.isActive(claims.orgId(), claims.userId(), claims.jti()))) {
                request.setAttribute(FAILURE, "Token has been revoked");
                return;
            }
            if (TokenClaims.V1.equals(claims.type()) && !accessTokens.isActiveV1(claims)) {
                request.setAttribute(FAILURE, "Token has been revoked; log in again");
                return;
            }
            if (!accounts.isActive(claims.orgId(), claims.userId())) {
                request.setAttribute(FAILURE, "User is deactivated or no longer exists");
                return;
            }
            request.setAttribute(Caller.ATTRIBUTE, new Caller(claims.orgId(), claims.userId(), claims.role(),
                    claims.platformAdmin(), cli ? Caller.Source.CLI_TOKEN : Caller.Source.BEARER));
        } catch (InvalidTokenException e) {
            request.setAttribute(FAILURE, e.getMessage());
        }
    }

    private void fromApiKey(HttpServletRequest request, String key) {
        if (key.isEmpty()) {
            request.setAttribute(FAILURE, API_KEY_FAILURE);
            return;
        }
        apiKeys.findActiveByHash(Hashes.sha256Hex(key)).ifPresentOrElse(
                k -> request.setAttribute(Caller.ATTRIBUTE,
                        new Caller(k.orgId(), null, "service", false, Caller.Source.API_KEY, k.id())),
                () -> request.setAttribute(FAILURE, API_KEY_FAILURE));
    }
}
