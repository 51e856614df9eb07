package dev.keel.api.pluto.intake;

import dev.keel.api.identity.PinnedKeyLocator;
import dev.keel.api.identity.SigningKeys;
import dev.keel.api.identity.TokenService;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Intake tokens: RS256 JWTs signed with Keel's signing key (the one of access tokens), audience
 * {@value #AUDIENCE}, type {@value #TYPE}, sub = candidate id, org_id, jti = pluto_intakes.id, exp = link expiry.
 * The distinct audience and type keep access tokens and intake tokens from being accepted for one another.
 */
@Component
public class IntakeTokens {
    public static final String AUDIENCE = "keel-intake";
    public static final String TYPE = "intake";
    static final int MAX_LENGTH = 4096;

    /** The verified claims of an intake token. */
    public record IntakeClaims(long orgId, UUID candidateId, UUID intakeId, Instant expiresAt) {
    }

    /** The token is unusable: {@code expired} only when it was genuine (signature, audience, type) but expired. */
    public static final class InvalidIntakeToken extends RuntimeException {
        private final boolean expired;

        InvalidIntakeToken(boolean expired) {
            super(expired ? "expired" : "invalid", null, false, false);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    private final SigningKeys keys;
    private final Clock clock;
    private final JwtParser parser;

    public IntakeTokens(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new PinnedKeyLocator(keys))
                .requireIssuer(TokenService.ISSUER)
                .requireAudience(AUDIENCE)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public String issue(long orgId, UUID candidateId, UUID intakeId, Instant expiresAt) {
        return Jwts.builder()
                .header().keyId(keys.activeKid()).and()
                .issuer(TokenService.ISSUER)
                .audience().single(AUDIENCE)
                .subject(candidateId.toString())
                .id(intakeId.toString())
                .claim("org_id", orgId)
                .claim("type", TYPE)
                .issuedAt(Date.from(clock.instant()))
                .expiration(Date.from(expiresAt))
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();
    }

    public IntakeClaims verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw new InvalidIntakeToken(false);
        }
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token.trim()).getPayload();
        } catch (ExpiredJwtException e) {
            // Expiry is checked before the audience: only a genuine intake token is reported as expired.
            throw new InvalidIntakeToken(isIntake(e.getClaims()));
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidIntakeToken(false);
        }
        if (!isIntake(claims) || claims.getExpiration() == null) {
            throw new InvalidIntakeToken(false);
        }
        try {
            return new IntakeClaims(claims.get("org_id", Number.class).longValue(),
                    UUID.fromString(claims.getSubject()), UUID.fromString(claims.getId()),
                    claims.getExpiration().toInstant());
        } catch (RuntimeException e) {
            throw new InvalidIntakeToken(false);
        }
    }

    private static boolean isIntake(Claims claims) {
        return claims != null && TYPE.equals(claims.get("type")) && claims.getAudience() != null
                && claims.getAudience().contains(AUDIENCE) && TokenService.ISSUER.equals(claims.getIssuer());
    }
}
