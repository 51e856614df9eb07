package dev.keel.domain.identity;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The /api/v1 access tokens still in force: logout revokes one before it expires. */
@Repository
public class V1AccessTokenRepository {
    private final JdbcClient jdbc;

    public V1AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new token and forgets the user's expired ones, so the table stays as small as the live tokens. */
    public void insert(long orgId, long userId, String jti, OffsetDateTime expiresAt) {
        jdbc.sql("DELETE FROM v1_access_tokens WHERE org_id = :org AND user_id = :user AND expires_at < now()")
                .param("org", orgId).param("user", userId).update();
        jdbc.sql("INSERT INTO v1_access_tokens (jti, org_id, user_id, expires_at) VALUES (:jti, :org, :user, :expires)")
                .param("jti", jti).param("org", orgId).param("user", userId).param("expires", expiresAt).update();
    }

    public boolean isActive(long orgId, long userId, String jti) {
        return jdbc.sql("SELECT count(*) FROM v1_access_tokens WHERE org_id = :org AND user_id = :user AND jti = :jti"
                        + " AND revoked_at IS NULL AND expires_at > now()")
                .param("org", orgId).param("user", userId).param("jti", jti).query(Long.class).single() == 1;
    }

    public void revoke(long orgId, long userId, String jti) {
        jdbc.sql("UPDATE v1_access_tokens SET revoked_at = coalesce(revoked_at, now()) "
                        + "WHERE org_id = :org AND user_id = :user AND jti = :jti")
                .param("org", orgId).param("user", userId).param("jti", jti).update();
    }
}
