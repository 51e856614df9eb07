package dev.keel.domain.identity;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CliTokenRepository {
    private static final RowMapper<CliToken> MAPPER = (rs, n) -> new CliToken(rs.getString("jti"),
            rs.getLong("user_id"), rs.getObject("expires_at", OffsetDateTime.class),
            rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    public CliTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long orgId, long userId, String jti, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO cli_tokens (jti, org_id, user_id, expires_at) VALUES (:jti, :org, :user, :expires)")
                .param("jti", jti).param("org", orgId).param("user", userId).param("expires", expiresAt).update();
    }

    public boolean isActive(long orgId, long userId, String jti) {
        return jdbc.sql("SELECT count(*) FROM cli_tokens WHERE org_id = :org AND user_id = :user AND jti = :jti "
                        + "AND revoked_at IS NULL AND expires_at > now()")
                .param("org", orgId).param("user", userId).param("jti", jti).query(Long.class).single() == 1;
    }

    public List<CliToken> listForUser(long orgId, long userId) {
        return jdbc.sql("SELECT jti, user_id, expires_at, revoked_at, created_at FROM cli_tokens "
                        + "WHERE org_id = :org AND user_id = :user ORDER BY created_at DESC")
                .param("org", orgId).param("user", userId).query(MAPPER).list();
    }

    /** Revokes one of the user's own tokens; false when no such token exists for this org and user. */
    public boolean revoke(long orgId, long userId, String jti) {
        return jdbc.sql("UPDATE cli_tokens SET revoked_at = coalesce(revoked_at, now()) "
                        + "WHERE org_id = :org AND user_id = :user AND jti = :jti")
                .param("org", orgId).param("user", userId).param("jti", jti).update() == 1;
    }
}
