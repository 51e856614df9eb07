package dev.keel.api.identity;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.RefreshToken;
import dev.keel.domain.identity.RefreshTokenRepository;
import dev.keel.domain.identity.UserAccount;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Opaque refresh tokens (stored as SHA-256). Each use rotates the token within its family; presenting an
 * already-rotated token is treated as theft and revokes the whole family.
 */
@Service
public class RefreshSessions {
    public record Rotation(long orgId, long userId, String newToken) {
    }

    private final RefreshTokenRepository tokens;
    private final IdentityProperties properties;
    private final Clock clock;

    public RefreshSessions(RefreshTokenRepository tokens, IdentityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    public String start(UserAccount user) {
        return issue(user.orgId(), user.id(), UUID.randomUUID());
    }

    public Rotation rotate(String presented) {
        if (presented == null || presented.isBlank()) {
            throw ApiException.unauthorized("Missing refresh token");
        }
        RefreshToken token = tokens.findByHash(Hashes.sha256Hex(presented))
                .orElseThrow(() -> ApiException.unauthorized("Invalid refresh token"));
        if (token.revokedAt() != null) {
            throw ApiException.unauthorized("Refresh token has been revoked");
        }
        if (token.rotatedAt() != null || !tokens.markRotated(token.orgId(), token.id())) {
            tokens.revokeFamily(token.orgId(), token.familyId());
            throw ApiException.unauthorized("Refresh token reuse detected; all sessions of this login were revoked");
        }
        if (token.expiresAt().toInstant().isBefore(clock.instant())) {
            throw ApiException.unauthorized("Refresh token has expired");
        }
        return new Rotation(token.orgId(), token.userId(), issue(token.orgId(), token.userId(), token.familyId()));
    }

    public void revoke(String presented) {
        if (presented == null || presented.isBlank()) {
            return;
        }
        tokens.findByHash(Hashes.sha256Hex(presented))
                .ifPresent(t -> tokens.revokeFamily(t.orgId(), t.familyId()));
    }

    private String issue(long orgId, long userId, UUID family) {
        String raw = Hashes.randomSecret(32);
        OffsetDateTime expires = OffsetDateTime.ofInstant(clock.instant().plus(properties.refreshTokenTtl()),
                ZoneOffset.UTC);
        tokens.insert(orgId, userId, family, Hashes.sha256Hex(raw), expires);
        return raw;
    }
}
