package dev.keel.api.identity;

import dev.keel.domain.identity.ApiKeyRepository;
import dev.keel.domain.identity.CliTokenRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes the {@link Caller} from a Bearer token (access or CLI) or an X-API-Key. Never rejects a request
 * itself: it sets {@link Caller#ATTRIBUTE}, or {@code Caller.ATTRIBUTE + ".failure"} with the 401 detail when a
 * presented credential is invalid, and endpoints that declare a Caller parameter decide.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AuthenticationFilter extends OncePerRequestFilter {
    public static final String FAILURE = Caller.ATTRIBUTE + ".failure";
    static final String API_KEY_FAILURE = "Invalid or missing API key";

    private final TokenService tokens;
    private final CliTokenRepository cliTokens;
    private final ApiKeyRepository apiKeys;

    public AuthenticationFilter(TokenService tokens, CliTokenRepository cliTokens, ApiKeyRepository apiKeys) {
        this.tokens = tokens;
        this.cliTokens = cliTokens;
        this.apiKeys = apiKeys;
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
        chain.doFilter(request, response);
    }

    private void fromBearer(HttpServletRequest request, String token) {
        try {
            TokenClaims claims = tokens.verify(token);
            boolean cli = TokenClaims.CLI.equals(claims.type());
            if (cli && (claims.jti() == null || !cliTokens.isActive(claims.orgId(), claims.userId(), claims.jti()))) {
                request.setAttribute(FAILURE, "Token has been revoked");
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
                        new Caller(k.orgId(), null, "service", false, Caller.Source.API_KEY)),
                () -> request.setAttribute(FAILURE, API_KEY_FAILURE));
    }
}
