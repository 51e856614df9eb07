package dev.keel.domain.studio.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Encrypted provider keys: a user's own ({@code studio_user_keys}) and the platform's ({@code studio_env_keys}). */
@Repository
public class StudioKeyRepository {
    public record UserKey(long id, String providerKey, String keyName, byte[] cipher, OffsetDateTime updatedAt) {
    }

    public record EnvKey(String name, byte[] cipher, String last4) {
    }

    private final JdbcClient jdbc;

    public StudioKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserKey> userKeys(long orgId, long userId) {
        return jdbc.sql("SELECT id, provider_key, key_name, cipher, updated_at FROM studio_user_keys "
                        + "WHERE user_id = ? AND org_id = ? ORDER BY provider_key")
                .params(userId, orgId).query(StudioKeyRepository::userKey).list();
    }

    public Optional<UserKey> userKey(long userId, String providerKey) {
        return jdbc.sql("SELECT id, provider_key, key_name, cipher, updated_at FROM studio_user_keys "
                        + "WHERE user_id = ? AND provider_key = ?")
                .params(userId, providerKey).query(StudioKeyRepository::userKey).optional();
    }

    /** Upserts; an update keeps the row's id. Returns the id. */
    public long putUserKey(long orgId, long userId, String providerKey, String keyName, byte[] cipher) {
        return jdbc.sql("INSERT INTO studio_user_keys (user_id, org_id, provider_key, key_name, cipher) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, provider_key) DO UPDATE SET "
                        + "key_name = EXCLUDED.key_name, cipher = EXCLUDED.cipher, updated_at = now() RETURNING id")
                .params(userId, orgId, providerKey, keyName, cipher).query(Long.class).single();
    }

    public boolean deleteUserKey(long orgId, long userId, String providerKey) {
        return jdbc.sql("DELETE FROM studio_user_keys WHERE user_id = ? AND org_id = ? AND provider_key = ?")
                .params(userId, orgId, providerKey).update() > 0;
    }

    public List<EnvKey> envKeys() {
        return jdbc.sql("SELECT name, cipher, last4 FROM studio_env_keys ORDER BY name")
                .query((rs, n) -> new EnvKey(rs.getString(1), rs.getBytes(2), rs.getString(3))).list();
    }

    public Optional<EnvKey> envKey(String name) {
        return jdbc.sql("SELECT name, cipher, last4 FROM studio_env_keys WHERE name = ?").param(name)
                .query((rs, n) -> new EnvKey(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    public void putEnvKey(String name, byte[] cipher, String last4) {
        jdbc.sql("INSERT INTO studio_env_keys (name, cipher, last4) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                        + "SET cipher = EXCLUDED.cipher, last4 = EXCLUDED.last4, updated_at = now()")
                .params(name, cipher, last4).update();
    }

    public boolean deleteEnvKey(String name) {
        return jdbc.sql("DELETE FROM studio_env_keys WHERE name = ?").param(name).update() > 0;
    }

    private static UserKey userKey(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UserKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                rs.getObject(5, OffsetDateTime.class));
    }
}
