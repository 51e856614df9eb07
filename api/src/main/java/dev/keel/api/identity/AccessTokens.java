package dev.keel.api.identity;

import dev.keel.domain.identity.UserAccount;
import dev.keel.domain.identity.V1AccessTokenRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Access tokens for a user: short-lived ones, and the /api/v1 family's own (revocable by logout). */
@Component
public class AccessTokens {
    private final TokenService tokens;
    private final IdentityProperties properties;
    private final V1AccessTokenRepository v1Tokens;
    private final Clock clock;

    public AccessTokens(TokenService tokens, IdentityProperties properties, V1AccessTokenRepository v1Tokens,
                        Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.v1Tokens = v1Tokens;
        this.clock = clock;
    }

    public String issue(UserAccount user) {
        return tokens.issue(new TokenClaims(user.id(), user.orgId(), user.role(), user.platformAdmin(),
                TokenClaims.ACCESS, null), properties.accessTokenTtl());
    }

    /** A token of {@code keel.identity.v1-access-token-ttl}, recorded so that /api/v1/auth/logout can revoke it. */
    public String issueV1(UserAccount user) {
        String jti = UUID.randomUUID().toString();
        OffsetDateTime expiresAt = OffsetDateTime.ofInstant(clock.instant().plus(properties.v1AccessTokenTtl()),
                ZoneOffset.UTC);
        v1Tokens.insert(user.orgId(), user.id(), jti, expiresAt);
        return tokens.issue(new TokenClaims(user.id(), user.orgId(), user.role(), user.platformAdmin(),
                TokenClaims.V1, jti), properties.v1AccessTokenTtl());
    }

    /** Revokes the presented /api/v1 token; other kinds of token are left alone (they have their own logout). */
    public void revokeV1(String bearerToken) {
        TokenClaims claims = tokens.verify(bearerToken);
        if (TokenClaims.V1.equals(claims.type()) && claims.jti() != null) {
            v1Tokens.revoke(claims.orgId(), claims.userId(), claims.jti());
        }
    }

    public boolean isActiveV1(TokenClaims claims) {
        return claims.jti() != null && v1Tokens.isActive(claims.orgId(), claims.userId(), claims.jti());
    }
}
