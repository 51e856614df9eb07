package dev.keel.api.runs;

import dev.keel.api.identity.PinnedKeyLocator;
import dev.keel.api.identity.SigningKeys;
import dev.keel.api.identity.TokenService;
import dev.keel.api.platform.ApiException;
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

/**
 * Short-lived, single-run tickets that let a browser's {@code EventSource} (which cannot send headers) open a
 * run's event stream: an RS256 JWT signed with Keel's key, audience {@value #AUDIENCE} (so it is never accepted
 * as an access token, nor an access token as a ticket), bound to one organization and one run, valid 60 s.
 */
@Component
public class StreamTickets {
    static final String AUDIENCE = "keel-run-events";
    static final Duration TTL = Duration.ofSeconds(60);

    private final SigningKeys keys;
    private final Clock clock;
    private final JwtParser parser;

    public record Ticket(String value, Instant expiresAt) {
    }

    public StreamTickets(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new PinnedKeyLocator(keys))
                .requireIssuer(TokenService.ISSUER)
                .requireAudience(AUDIENCE)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    /** Issues a ticket for one run of one organization, valid {@link #TTL}. */
    public Ticket issue(long orgId, long runId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(TTL);
        String value = Jwts.builder()
                .header().keyId(keys.activeKid()).and()
                .issuer(TokenService.ISSUER)
                .audience().single(AUDIENCE)
                .subject(Long.toString(runId))
                .id(UUID.randomUUID().toString())
                .claim("org_id", orgId)
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();
        return new Ticket(value, expiresAt);
    }

    /**
     * Returns the organization the ticket was issued to, when it is genuine, unexpired and for {@code runId};
     * otherwise throws 401 (expired, tampered, not a ticket) or 403 (a ticket for another run).
     */
    public long verify(String ticket, long runId) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(ticket).getPayload();
        } catch (ExpiredJwtException e) {
            throw ApiException.unauthorized("Stream ticket has expired; ask for a new one");
        } catch (JwtException | IllegalArgumentException e) {
            throw ApiException.unauthorized("Invalid stream ticket");
        }
        Number orgId = claims.get("org_id", Number.class);
        if (orgId == null || claims.getExpiration() == null) {
            throw ApiException.unauthorized("Invalid stream ticket");
        }
        if (!Long.toString(runId).equals(claims.getSubject())) {
            throw ApiException.forbidden("This stream ticket is for another run");
        }
        return orgId.longValue();
    }
}
