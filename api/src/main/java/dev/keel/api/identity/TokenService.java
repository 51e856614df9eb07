package dev.keel.api.identity;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Issues and verifies RS256 JWTs: algorithm pinned, kid required, issuer, audience and expiry checked. */
@Component
public class TokenService {
    public static final String ISSUER = "keel";
    public static final String AUDIENCE = "keel-api";

    private final SigningKeys keys;
    private final Clock clock;
    private final JwtParser parser;
    private final VerifiedTokens verified = new VerifiedTokens(10_000);

    public TokenService(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new PinnedKeyLocator(keys))
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public String issue(TokenClaims claims, Duration ttl) {
        Instant now = clock.instant();
        return Jwts.builder()
                .header().keyId(keys.activeKid()).and()
                .issuer(ISSUER)
                .audience().single(AUDIENCE)
                .subject(Long.toString(claims.userId()))
                .id(claims.jti() != null ? claims.jti() : UUID.randomUUID().toString())
                .claim("org_id", claims.orgId())
                .claim("role", claims.role())
                .claim("platform_admin", claims.platformAdmin())
                .claim("type", claims.type())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();
    }

    /**
     * Verifies signature, algorithm, kid, issuer, audience, type and expiry; a token that passed before is only
     * checked for expiry again ({@link VerifiedTokens}).
     */
    public TokenClaims verify(String token) {
        var cached = verified.find(token);
        if (cached.isPresent()) {
            if (!clock.instant().isAfter(cached.get().expiresAt())) {
                return cached.get().claims();
            }
            verified.forget(token);
            throw new InvalidTokenException("Token has expired");
        }
        return parse(token);
    }

    private TokenClaims parse(String token) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (ExpiredJwtException e) {
            throw new InvalidTokenException("Token has expired");
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException("Invalid token");
        }
        if (claims.getExpiration() == null) {
            throw new InvalidTokenException("Invalid token: no expiry");
        }
        try {
            String type = claims.get("type", String.class);
            if (!TokenClaims.ACCESS.equals(type) && !TokenClaims.CLI.equals(type) && !TokenClaims.V1.equals(type)) {
                throw new InvalidTokenException("Invalid token type");
            }
            Number orgId = claims.get("org_id", Number.class);
            Boolean admin = claims.get("platform_admin", Boolean.class);
            TokenClaims verifiedClaims = new TokenClaims(Long.parseLong(claims.getSubject()), orgId.longValue(),
                    claims.get("role", String.class), Boolean.TRUE.equals(admin), type, claims.getId());
            verified.remember(token, new VerifiedTokens.Verified(verifiedClaims, claims.getExpiration().toInstant()));
            return verifiedClaims;
        } catch (RuntimeException e) {
            if (e instanceof InvalidTokenException ite) {
                throw ite;
            }
            throw new InvalidTokenException("Invalid token claims");
        }
    }
}
