package dev.keel.domain.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RefreshTokenRepository {
    private static final RowMapper<RefreshToken> MAPPER = (rs, n) -> new RefreshToken(rs.getLong("id"),
            rs.getLong("org_id"), rs.getLong("user_id"), rs.getObject("family_id", UUID.class),
            rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("rotated_at", OffsetDateTime.class),
            rs.getObject("revoked_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    public RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long orgId, long userId, UUID familyId, String tokenHash, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO refresh_tokens (org_id, user_id, family_id, token_hash, expires_at) "
                        + "VALUES (:org, :user, :family, :hash, :expires)")
                .param("org", orgId).param("user", userId).param("family", familyId)
                .param("hash", tokenHash).param("expires", expiresAt).update();
    }

    /** Lookup by the hash of the presented cookie: the cookie is the only credential, so no org is known yet. */
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT id, org_id, user_id, family_id, expires_at, rotated_at, revoked_at "
                        + "FROM refresh_tokens WHERE token_hash = :hash")
                .param("hash", tokenHash).query(MAPPER).optional();
    }

    /** Marks the token rotated; false when it was already rotated or revoked (a concurrent reuse). */
    public boolean markRotated(long orgId, long id) {
        return jdbc.sql("UPDATE refresh_tokens SET rotated_at = now() "
                        + "WHERE org_id = :org AND id = :id AND rotated_at IS NULL AND revoked_at IS NULL")
                .param("org", orgId).param("id", id).update() == 1;
    }

    public void revokeFamily(long orgId, UUID familyId) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = now() "
                        + "WHERE org_id = :org AND family_id = :family AND revoked_at IS NULL")
                .param("org", orgId).param("family", familyId).update();
    }
}
