package dev.keel.domain.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiKeyRepository {
    private static final RowMapper<ApiKey> MAPPER = (rs, n) -> new ApiKey(rs.getLong("id"), rs.getLong("org_id"),
            rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    public ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiKey insert(long orgId, String name, String keyHash) {
        return jdbc.sql("INSERT INTO api_keys (org_id, name, key_hash) VALUES (:org, :name, :hash) "
                        + "RETURNING id, org_id, name, created_at")
                .param("org", orgId).param("name", name).param("hash", keyHash).query(MAPPER).single();
    }

    /** Idempotent: ensures a key with this hash exists and is not revoked; an existing row keeps its org. */
    public void insertIfAbsent(long orgId, String name, String keyHash) {
        jdbc.sql("INSERT INTO api_keys (org_id, name, key_hash) VALUES (:org, :name, :hash) "
                        + "ON CONFLICT (key_hash) DO UPDATE SET revoked_at = NULL")
                .param("org", orgId).param("name", name).param("hash", keyHash).update();
    }

    /** Authentication lookup by the hash of the presented key; the key itself names the org. */
    public Optional<ApiKey> findActiveByHash(String keyHash) {
        return jdbc.sql("SELECT id, org_id, name, created_at FROM api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
                .param("hash", keyHash).query(MAPPER).optional();
    }

    public boolean revoke(long orgId, long id) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE org_id = :org AND id = :id AND revoked_at IS NULL")
                .param("org", orgId).param("id", id).update() == 1;
    }
}
